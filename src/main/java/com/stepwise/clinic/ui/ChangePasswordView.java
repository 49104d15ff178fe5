package com.stepwise.clinic.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.PasswordPolicy;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.clinic.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Every clinician changes their own password here (the user menu leads here). */
@Route("account/password")
@PageTitle("Change my password · Stepwise")
@PermitAll
class ChangePasswordView extends Main {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Change my password");
    final Div problem = new Div();

    ChangePasswordView(TeamService team) {
        addClassNames("view", "change-password-view");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setVisible(false);
            try {
                team.changeOwnPassword(current.getValue(), password.getValue(), repeat.getValue());
                current.clear();
                password.clear();
                repeat.clear();
                Notifications.success("Your password is changed.");
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        var form = new FormLayout(current, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new ViewHeader("Change my password"), form, problem, save);
    }
}
