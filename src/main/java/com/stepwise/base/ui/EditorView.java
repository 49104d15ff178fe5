package com.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The frame every create/edit screen shares: a heading, the form, a problem box that says what to fix (and never
 * loses what was typed), and Save (also Ctrl+S) and Cancel.
 */
public abstract class EditorView extends Main implements HasDynamicTitle {

    protected final Button save;
    protected final Div problem = new Div();
    private ViewHeader header = new ViewHeader("");
    private String title = "Stepwise";

    protected EditorView(String saveText) {
        addClassName("view");
        save = new Button(saveText, e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var cancel = new Button("Cancel", e -> cancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-actions");
        problem.addClassNames("form-problem", "editor-problem");
        problem.setVisible(false);
        add(header, problem, buttons);
    }

    /** Puts the form between the heading and the problem box. */
    protected void setForm(Component form) {
        addComponentAtIndex(1, form);
    }

    protected abstract void save();

    protected abstract void cancel();

    protected void setHeading(String heading, String subtitle) {
        title = heading + " · Stepwise";
        var replacement = new ViewHeader(heading, subtitle);
        replace(header, replacement);
        header = replacement;
    }

    protected void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    protected void clearProblem() {
        problem.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
