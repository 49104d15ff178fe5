package com.stepwise.base.ui;

import com.stepwise.base.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/**
 * A dialog that asks for something and does it on confirm: a refusal from the service is shown in the dialog, in its
 * own words, and the dialog stays open with everything typed; on success it closes.
 */
public class FormDialog extends Dialog {

    public final Button confirm;
    public final Div problem = new Div();

    /** What the confirm button does; a {@link UserFacingException} keeps the dialog open with its message. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    public FormDialog(String title, String confirmText, ButtonVariant variant, Action action,
                      Component... fields) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        // One field under the other, each the dialog's width: side by side, two fields touched and cut their labels.
        var column = new Div(fields);
        column.addClassName("form-dialog-fields");
        add(column, problem);
        confirm = new Button(confirmText, e -> {
            problem.setVisible(false);
            try {
                action.run();
                close();
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        confirm.addThemeVariants(variant);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
