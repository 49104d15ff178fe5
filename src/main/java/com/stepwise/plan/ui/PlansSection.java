package com.stepwise.plan.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PlanSummary;
import com.stepwise.plan.TemplateView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/** The client page's plans: the current one, the history, and "Start a plan" (empty or from a template). */
@SpringComponent
class PlansSection implements ClientPageSection {

    private final PlanService plans;

    PlansSection(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(ClientDetails client) {
        var section = new Section();
        section.addClassNames("detail-section", "plans");
        var start = new Button("Start a plan", VaadinIcon.PLUS.create(), e -> startDialog(client).open());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new Div(new H2("Plans"), start);
        heading.addClassName("section-heading");
        section.add(heading);

        List<PlanSummary> all = plans.plansOf(client.id());
        var current = all.stream().filter(p -> p.status() == PlanStatus.ACTIVE || p.status() == PlanStatus.DRAFT)
                .toList();
        var past = all.stream().filter(p -> !current.contains(p)).toList();
        section.add(new H3("Current"));
        if (current.isEmpty()) {
            section.add(Markup.of("p", "edge-empty").text("No current plan. Start one from a template or from "
                    + "scratch.").toHtml());
        }
        current.forEach(plan -> section.add(row(plan, client)));
        section.add(new H3("History"));
        if (past.isEmpty()) {
            section.add(Markup.of("p", "edge-empty").text("No completed or archived plans.").toHtml());
        }
        past.forEach(plan -> section.add(row(plan, client)));
        return section;
    }

    private static Component row(PlanSummary plan, ClientDetails client) {
        var link = new RouterLink(plan.title(), PlanBuilderView.class, new RouteParameters("id",
                String.valueOf(plan.id())));
        link.addClassName("edge-name");
        var facts = Markup.of("span", "edge-criterion").text(plan.stages() + (plan.stages() == 1 ? " stage · "
                : " stages · ") + plan.exercises() + (plan.exercises() == 1 ? " exercise" : " exercises")
                + " · version " + plan.latestVersion() + " · changed " + Dates.format(plan.updatedAt())).toHtml();
        var row = new Div(link, facts, PlanBadges.status(plan.status()));
        if (plan.exercises() > 0) {
            row.add(HandoutLinks.of(plan.id(), null, plan.status(), client.prefersLargePrint(),
                    client.handoutLanguage()));
            if (plan.status() == PlanStatus.ACTIVE || plan.status() == PlanStatus.DRAFT) {
                var download = new Anchor("handouts/plans/" + plan.id() + ".pdf?download=true", "Download");
                download.getElement().setAttribute("download", true);
                row.add(download);
            }
        }
        if (plan.overrides() > 0) {
            row.add(new Badge(plan.overrides() == 1 ? "1 prerequisite overridden"
                    : plan.overrides() + " prerequisites overridden", Badge.Tone.WARNING));
        }
        if (plan.hasUnactivatedChanges()) {
            row.add(new Badge("Changes not yet active", Badge.Tone.WARNING));
        }
        row.addClassName("edge");
        return row;
    }

    private Dialog startDialog(ClientDetails client) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Start a plan for " + client.fullName());
        var title = new TextField("Title");
        title.setPlaceholder("e.g. Back to gardening");
        title.setRequiredIndicatorVisible(true);
        title.setAutofocus(true);
        var goal = new TextArea("Goal");
        goal.setPlaceholder("e.g. Kneel and weed for 20 minutes without pain");
        var template = new Select<TemplateView>();
        template.setLabel("Start from");
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption("An empty plan");
        template.setItems(plans.templates());
        template.setItemLabelGenerator(t -> t == null ? "An empty plan" : t.name());
        var problem = new Div();
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var form = new FormLayout(title, goal, template);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form, problem);
        var create = new Button("Start plan", e -> {
            try {
                long id = plans.create(client.id(), title.getValue(), goal.getValue(),
                        template.getValue() == null ? null : template.getValue().id());
                dialog.close();
                dialog.getUI().ifPresent(ui -> ui.navigate(PlanBuilderView.class,
                        new RouteParameters("id", String.valueOf(id))));
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        return dialog;
    }
}
