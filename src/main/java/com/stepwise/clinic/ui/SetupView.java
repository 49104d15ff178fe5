package com.stepwise.clinic.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.FirstRunSetup;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** First run on an empty database: create the clinic and its first (administrator) account. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Stepwise")
@AnonymousAllowed
class SetupView extends Main implements BeforeEnterObserver {

    private final ClinicService clinics;
    final TextField clinicName = new TextField("Clinic name");
    final TextField displayName = new TextField("Your name");
    final EmailField email = new EmailField("Your e-mail address (you sign in with it)");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Div problem = new Div();

    SetupView(ClinicService clinics) {
        this.clinics = clinics;
        addClassName("setup-view");
        password.setHelperText("At least " + FirstRunSetup.MIN_PASSWORD_LENGTH + " characters.");
        clinicName.setAutofocus(true);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var create = new Button("Create clinic", e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        var form = new FormLayout(clinicName, displayName, email, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("Welcome to Stepwise"),
                new Paragraph("Stepwise has no clinic yet. Create yours and its first account; you can add "
                        + "colleagues later."),
                form, problem, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (clinics.isSetUp()) {
            event.forwardTo("login");
        }
    }

    private void create() {
        if (!password.getValue().equals(repeat.getValue())) {
            showProblem("The two passwords are not the same. Type them again.");
            return;
        }
        try {
            clinics.setUp(new FirstRunSetup(clinicName.getValue(), displayName.getValue(), email.getValue(),
                    password.getValue()));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (UserFacingException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
