package com.stepwise.clientlink.ui;

import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.clientlink.ClientLinkService;
import com.stepwise.clientlink.ClientLinkStatus;
import com.stepwise.clientlink.HandoutEmail;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * On the client page: the client's own link to the plan they follow, to read out or check, with when it was last
 * used; a new link when a handout is lost (the old one stops at once), revoking it, and e-mailing the handout.
 */
@SpringComponent
class ClientLinkSection implements ClientPageSection {

    private final ClientLinkService links;
    private final HandoutEmail email;
    private final PlanService plans;

    ClientLinkSection(ClientLinkService links, HandoutEmail email, PlanService plans) {
        this.links = links;
        this.email = email;
        this.plans = plans;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Component create(ClientDetails client) {
        return new LinkSection(client);
    }

    final class LinkSection extends Section {

        private final ClientDetails client;

        LinkSection(ClientDetails client) {
            this.client = client;
            addClassNames("detail-section", "client-link");
            refresh();
        }

        private void refresh() {
            removeAll();
            add(new H2("Client's own link"));
            var active = plans.activePlanOf(client.id());
            if (active.isEmpty()) {
                add(hint("When the client follows a plan, its handout carries their own link: from their phone, "
                        + "without an account, they see their exercises and report each session and any warning "
                        + "sign, which reaches you here and on Today straight away."));
                return;
            }
            long planId = active.get().planId();
            if (!links.enabled()) {
                add(hint("Client links are off: Stepwise has no public address (stepwise.public-url). Whoever runs "
                        + "Stepwise for the clinic can set it (docs/operations.md)."));
            } else {
                var live = links.linksOf(client.id()).stream()
                        .filter(link -> link.live() && link.planId() == planId).findFirst();
                live.ifPresentOrElse(this::showLive, () -> showNone(planId));
            }
            if (email.available()) {
                var send = new Button("E-mail the handout", e -> emailHandout(planId));
                boolean hasAddress = client.email() != null && !client.email().isBlank();
                send.setEnabled(hasAddress);
                send.setTooltipText(hasAddress ? "Sends the handout and the link to " + client.email()
                        : "Add the client's e-mail address to their details first");
                add(actions(send));
            }
        }

        private void showLive(ClientLinkStatus link) {
            var address = new Span(link.address());
            address.addClassName("client-link-address");
            add(address);
            add(hint("Issued " + Dates.format(link.issuedAt()) + " by " + link.issuedBy() + ". "
                    + (link.lastUsedAt() == null ? "No report from it yet."
                    : "Last report " + Dates.format(link.lastUsedAt()) + " (reports on " + link.reportDays()
                            + (link.reportDays() == 1 ? " day" : " days") + " in all).")));
            var reissue = new Button("New link…", e -> confirm("Give the client a new link?",
                    "The link they have stops working at once. Reprint or e-mail the handout so they have the new "
                            + "one.", "New link", () -> {
                        links.reissue(link.planId());
                        Notifications.success("New link issued. Reprint or e-mail the handout.");
                    }));
            var revoke = new Button("Revoke…", e -> confirm("Revoke the client's link?",
                    "It stops working at once: the client reports on the paper sheet until you give them a new "
                            + "link.", "Revoke", () -> {
                        links.revoke(link.planId());
                        Notifications.success("Link revoked.");
                    }));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(actions(reissue, revoke));
        }

        private void showNone(long planId) {
            add(hint("No link yet: printing or e-mailing the handout issues one."));
            add(actions(new Button("Issue a link", e -> {
                links.issue(planId);
                refresh();
            })));
        }

        private void emailHandout(long planId) {
            confirm("E-mail the handout?", "The handout of the plan the client follows, and their own link, go to "
                    + client.email() + ".", "Send", () -> Notifications.success("Handout sent to "
                    + email.send(planId) + "."));
        }

        private void confirm(String title, String text, String action, FormDialog.Action then) {
            new FormDialog(title, action, ButtonVariant.LUMO_PRIMARY, () -> {
                then.run();
                refresh();
            }, new Paragraph(text)).open();
        }

        private static Paragraph hint(String text) {
            var hint = new Paragraph(text);
            hint.addClassName("section-hint");
            return hint;
        }

        private static Div actions(Component... buttons) {
            var actions = new Div(buttons);
            actions.addClassName("section-actions");
            return actions;
        }
    }
}
