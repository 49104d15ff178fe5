package com.stepwise.client.ui;

import com.stepwise.base.ui.RouteIds;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Fact;
import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.client.ClientService;
import com.stepwise.client.ClientStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;

/** The client page: who they are, then what other features add (current plan, plan history, sign-offs). */
@Route("clients/" + RouteIds.ID)
@PermitAll
class ClientView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final ReadOnce readOnce;
    private final List<ClientPageSection> sections;
    private String title = "Client · Stepwise";

    ClientView(ClientService clients, List<ClientPageSection> sections, ReadOnce readOnce) {
        this.clients = clients;
        this.readOnce = readOnce;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClientPageSection::order)).toList();
        addClassNames("view", "client-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("This client"));
            readOnce.during(() -> show(clients.get(id)));
        } catch (NotFoundException missing) {
            Notifications.problem(missing.getMessage());
            event.forwardTo(ClientListView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ClientDetails client) {
        removeAll();
        title = client.fullName() + " · Stepwise";
        var back = new RouterLink("← Clients", ClientListView.class);
        back.addClassName("back-link");
        var edit = new Button("Edit", VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("clients/" + client.id() + "/edit")));
        var archive = client.status() == ClientStatus.ARCHIVED
                ? new Button("Restore", e -> changeStatus(client, false))
                : new Button("Archive", e -> changeStatus(client, true));
        archive.setTooltipText(client.status() == ClientStatus.ARCHIVED ? "Bring the client back to the active list."
                : "Move the client off the active list. Nothing is deleted.");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(back, new ViewHeader(client.fullName(), subtitle(client)).withActions(edit, archive), badges(client));

        var facts = Fact.list("detail-section client-facts",
                new Fact("Date of birth", Dates.format(client.dateOfBirth())),
                new Fact("Phone", client.phone()),
                new Fact("E-mail", client.email()),
                new Fact("Main complaint", client.mainComplaint()),
                new Fact("Clinician notes", client.clinicianNotes()));
        add(facts);
        sections.forEach(section -> add(section.create(client)));
    }

    private void changeStatus(ClientDetails client, boolean archive) {
        try {
            if (archive) {
                clients.archive(client.id());
                Notifications.success(client.fullName() + " is archived. Their record and history are kept.");
            } else {
                clients.restore(client.id());
                Notifications.success(client.fullName() + " is back on the active list.");
            }
            show(clients.get(client.id()));
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }

    private static String subtitle(ClientDetails client) {
        int age = Period.between(client.dateOfBirth(), LocalDate.now()).getYears();
        return age + " years" + (client.mainComplaint() == null ? "" : " · " + client.mainComplaint());
    }

    private static Component badges(ClientDetails client) {
        var badges = Markup.of("div", "badges");
        if (client.cannotGetToFloor()) {
            Badge.append(badges, "Cannot get down to the floor", Badge.Tone.WARNING);
        }
        if (client.prefersLargePrint()) {
            Badge.append(badges, "Large-print handouts", Badge.Tone.NEUTRAL);
        }
        if (client.handoutLanguage() != null) {
            Badge.append(badges, "Handouts in " + client.handoutLanguage().englishName(), Badge.Tone.NEUTRAL);
        }
        if (client.status() == ClientStatus.ARCHIVED) {
            Badge.append(badges, "Archived", Badge.Tone.NEUTRAL);
        }
        return badges.toHtml();
    }
}
