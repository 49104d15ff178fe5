package com.stepwise.clinic.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.PasswordPolicy;
import com.stepwise.clinic.TeamService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Choosing a password through a one-time link (an invitation or a reset); needs no sign-in. */
@Route(value = "set-password", autoLayout = false)
@PageTitle("Choose your password · Stepwise")
@AnonymousAllowed
class SetPasswordView extends Main implements BeforeEnterObserver {

    private final TeamService team;
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Save my password");
    final Div problem = new Div();
    private String token;

    SetPasswordView(TeamService team) {
        this.team = team;
        addClassName("setup-view");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters: a few words you will "
                + "remember make a good one.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        var form = new FormLayout(password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Choose your password"), form, problem, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        if (!team.linkWorks(token)) {
            removeAll();
            add(new H1("This link no longer works"), new Paragraph("It has expired or was already used. Ask your "
                    + "clinic's administrator for a new one."), new Anchor("login", "Go to sign in"));
        }
    }

    private void save() {
        problem.setVisible(false);
        try {
            team.setPasswordWithLink(token, password.getValue(), repeat.getValue());
            getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.simple(
                    java.util.Map.of("password-set", ""))));
        } catch (UserFacingException refused) {
            problem.setText(refused.getMessage());
            problem.setVisible(true);
        }
    }
}
