package com.stepwise;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stepwise: progressive home-exercise plans for physiotherapists.
 * <p>
 * The app shell loads Lumo and the app's own stylesheet from {@code frontend/} (served as static files, so the
 * build needs no Node and Vaadin's pre-compiled bundle stays in use).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "theme-color", content = "#0f6f74")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Stepwise");
        settings.addFavIcon("icon", "images/stepwise-mark.svg", "any");
    }
}
