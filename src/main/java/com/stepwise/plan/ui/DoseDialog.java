package com.stepwise.plan.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Fields;
import com.stepwise.exercise.Dose;
import com.stepwise.exercise.DoseFields;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** Edits one prescription's dose and notes for this client; the dose checks its own parts. */
class DoseDialog extends Dialog {

    /** What the dialog hands back when the clinician saves. */
    interface Saved {
        void accept(Dose dose, Integer restSeconds, String notes);
    }

    final DoseFields dose = new DoseFields();
    final IntegerField rest = Fields.wholeNumber("Rest between sets (seconds)", 0, 600);
    final TextArea notes = new TextArea("Notes for this client");
    final Div problem = new Div();

    DoseDialog(String exerciseName, Dose current, Integer restSeconds, String currentNotes, Saved saved) {
        setHeaderTitle("Dose: " + exerciseName);
        dose.show(current);
        rest.setValue(restSeconds);
        notes.setValue(currentNotes);
        notes.setMaxLength(1000);
        notes.setHelperText("Printed on the handout under the exercise.");
        problem.addClassName("form-problem");
        problem.setVisible(false);

        var form = new FormLayout(dose.sets, dose.repetitions, dose.sides, dose.timesPerDay, dose.hold, dose.holdMax,
                dose.holdUnit, dose.daysPerWeek, rest);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 4));
        form.add(notes, 4);
        add(form, problem);

        var save = new Button("Apply", e -> {
            try {
                saved.accept(dose.read(), rest.getValue() == null || rest.getValue() == 0 ? null : rest.getValue(),
                        notes.getValue());
                close();
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
