package com.stepwise.clinic.ui;

import com.stepwise.base.security.StepwiseUser;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.clinic.PasswordLinkIssued;
import com.stepwise.clinic.TeamMember;
import com.stepwise.clinic.TeamService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The clinic's team, for administrators: who can sign in and with which role; add a clinician (who receives a
 * one-time link to choose a password), change a role, deactivate or reactivate, issue a password reset link.
 */
@Route("settings/team")
@PageTitle("Team · Stepwise")
@Menu(order = 91, title = "Team", icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
class TeamView extends Main {

    private final TeamService team;
    final Grid<TeamMember> grid = new Grid<>(TeamMember.class, false);
    final Button add = new Button("Add a clinician…");

    TeamView(TeamService team) {
        this.team = team;
        addClassNames("view", "team-view");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addDialog().open());
        grid.addColumn(TeamMember::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(TeamMember::email).setHeader("E-mail").setFlexGrow(3);
        grid.addComponentColumn(member -> new Badge(member.administrator() ? "Administrator" : "Clinician",
                member.administrator() ? Badge.Tone.ACCENT : Badge.Tone.NEUTRAL)).setHeader("Role").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(member -> new Badge(member.active() ? "Active" : "Deactivated",
                member.active() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL)).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("24rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(new ViewHeader("Team", "Who can sign in to your clinic. Nobody is deleted: a colleague who leaves is "
                + "deactivated, and their name stays on everything they recorded.").withActions(add), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(team.team());
    }

    private Component actions(TeamMember member) {
        var role = new Button(member.administrator() ? "Make clinician" : "Make administrator", e -> act(() ->
                team.changeRole(member.id(), member.version(), member.administrator() ? StepwiseUser.ROLE_CLINICIAN
                        : StepwiseUser.ROLE_ADMIN), member.name() + " is now "
                + (member.administrator() ? "a clinician." : "an administrator.")));
        var status = new Button(member.active() ? "Deactivate" : "Reactivate", e -> act(() ->
                team.setActive(member.id(), member.version(), !member.active()), member.name()
                + (member.active() ? " can no longer sign in." : " can sign in again.")));
        var reset = new Button("Reset password…", e -> showLink(team.issueResetLink(member.id())));
        reset.setEnabled(member.active());
        for (var button : new Button[] {role, status, reset}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(button.getText().replace("…", "") + ": " + member.name());
        }
        var actions = new Div(role, status, reset);
        actions.addClassName("badge-row");
        return actions;
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(done);
        } catch (com.stepwise.base.UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
        refresh();
    }

    Dialog addDialog() {
        var name = new TextField("Name");
        name.setMaxLength(120);
        var email = new EmailField("E-mail address (they sign in with it)");
        var role = new RadioButtonGroup<String>("Role");
        role.setItems(StepwiseUser.ROLE_CLINICIAN, StepwiseUser.ROLE_ADMIN);
        role.setItemLabelGenerator(r -> StepwiseUser.ROLE_ADMIN.equals(r)
                ? "Administrator: also manages the team and the clinic's settings" : "Clinician");
        role.setValue(StepwiseUser.ROLE_CLINICIAN);
        return new FormDialog("Add a clinician", "Add and get the link", ButtonVariant.LUMO_PRIMARY, () -> {
            var link = team.add(name.getValue(), email.getValue(), role.getValue());
            refresh();
            showLink(link);
        }, name, email, role);
    }

    /** The one-time link, shown once: the administrator passes it on (e-mail is not set up yet). */
    private void showLink(PasswordLinkIssued issued) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("A link for " + issued.clinicianName());
        var address = issued.path();
        var link = new TextField("Send this link to " + issued.email());
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("password-link");
        UI.getCurrent().getPage().fetchCurrentURL(url -> link.setValue(url.getProtocol() + "://" + url.getAuthority()
                + "/" + address));
        link.setValue("/" + address);
        dialog.add(new Paragraph((issued.emailed() ? "It was e-mailed to " + issued.email() + " as well. "
                : "E-mail is not set up for this clinic, so pass it on yourself. ") + "With it, "
                + issued.clinicianName() + " chooses a password. It works once, until "
                + Dates.format(issued.expiresAt()) + ". It is not shown again: if it is lost, issue a new one."), link);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }
}
