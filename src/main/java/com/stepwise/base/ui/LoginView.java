package com.stepwise.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Stepwise")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        var mark = new Image("images/stepwise-mark.svg", "");
        mark.addClassName("login-mark");
        var title = new H1("Stepwise");
        var tagline = new Paragraph("Progressive home exercise plans");
        tagline.addClassName("login-tagline");

        login.setI18n(i18n());
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        add(mark, title, tagline, login);
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var i18n = i18n();
        if (parameters.containsKey("locked")) {
            // The same words whether or not the account exists: a lockout says nothing about who has one.
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage("Signing in is paused for a while after several wrong passwords. Wait "
                    + "15 minutes and try again, or ask your clinic's administrator.");
        } else {
            i18n.getErrorMessage().setTitle("That did not work");
            i18n.getErrorMessage().setMessage("Check your e-mail address and password and try again.");
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("locked"));
        if (parameters.containsKey("password-set")) {
            Notifications.success("Your password is saved. Sign in with your e-mail address and it.");
        }
    }
}
