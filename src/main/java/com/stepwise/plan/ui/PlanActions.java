package com.stepwise.plan.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.plan.PlanDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The builder's less frequent actions, each asking what it needs and confirming what cannot be undone. */
final class PlanActions {

    private PlanActions() {
    }

    static Dialog editDetails(PlanDetails plan, BiConsumer<String, String> save) {
        var title = new TextField("Title");
        title.setValue(plan.title());
        title.setRequiredIndicatorVisible(true);
        var goal = new TextArea("Goal");
        goal.setValue(plan.goal() == null ? "" : plan.goal());
        return formDialog("Plan title and goal", "Save", new FormLayout(title, goal),
                () -> save.accept(title.getValue(), goal.getValue()));
    }

    static Dialog saveAsTemplate(PlanDetails plan, Consumer<String> save) {
        var name = new TextField("Template name");
        name.setValue(plan.title());
        name.setHelperText("Clinicians of your clinic can start plans from it. Overrides are not copied.");
        return formDialog("Save as a clinic template", "Save template", new FormLayout(name),
                () -> save.accept(name.getValue()));
    }

    static ConfirmDialog confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> action.run(), "Cancel", e -> { });
        dialog.setConfirmButtonTheme("primary");
        return dialog;
    }

    /** A small form in a dialog whose save may be refused: the message shows in the dialog, nothing is lost. */
    private static Dialog formDialog(String header, String saveText, FormLayout form, Runnable save) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(header);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var problem = new Div();
        problem.addClassName("form-problem");
        problem.setVisible(false);
        dialog.add(form, problem);
        var confirm = new Button(saveText, e -> {
            try {
                save.run();
                dialog.close();
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }
}
