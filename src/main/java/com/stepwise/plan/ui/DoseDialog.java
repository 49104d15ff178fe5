package com.stepwise.plan.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Fields;
import com.stepwise.exercise.Dose;
import com.stepwise.exercise.HoldUnit;
import com.stepwise.exercise.Sides;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** Edits one prescription's dose and notes for this client; the dose checks its own parts. */
class DoseDialog extends Dialog {

    /** What the dialog hands back when the clinician saves. */
    interface Saved {
        void accept(Dose dose, Integer restSeconds, String notes);
    }

    final IntegerField sets = Fields.wholeNumber("Sets", 1, 10);
    final IntegerField repetitions = Fields.wholeNumber("Repetitions", 1, 50);
    final IntegerField hold = Fields.wholeNumber("Hold", 1, 300);
    final IntegerField holdMax = Fields.wholeNumber("Hold up to", 1, 300);
    final Select<HoldUnit> holdUnit = new Select<>();
    final Select<Sides> sides = new Select<>();
    final IntegerField timesPerDay = Fields.wholeNumber("Times a day", 1, 6);
    final IntegerField daysPerWeek = Fields.wholeNumber("Days a week", 1, 7);
    final IntegerField rest = Fields.wholeNumber("Rest between sets (seconds)", 0, 600);
    final TextArea notes = new TextArea("Notes for this client");
    final Div problem = new Div();

    DoseDialog(String exerciseName, Dose dose, Integer restSeconds, String currentNotes, Saved saved) {
        setHeaderTitle("Dose: " + exerciseName);
        holdUnit.setLabel("Counted in");
        holdUnit.setItems(HoldUnit.values());
        holdUnit.setItemLabelGenerator(HoldUnit::label);
        sides.setLabel("Sides");
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(Sides::label);
        sets.setValue(dose.sets());
        repetitions.setValue(dose.repetitions());
        hold.setValue(dose.hold());
        holdMax.setValue(dose.holdMax());
        holdUnit.setValue(dose.holdUnit() == null ? HoldUnit.SECONDS : dose.holdUnit());
        sides.setValue(dose.sides());
        timesPerDay.setValue(dose.timesPerDay());
        daysPerWeek.setValue(dose.daysPerWeek());
        rest.setValue(restSeconds);
        notes.setValue(currentNotes);
        notes.setMaxLength(1000);
        notes.setHelperText("Printed on the handout under the exercise.");
        problem.addClassName("form-problem");
        problem.setVisible(false);

        var form = new FormLayout(sets, repetitions, sides, timesPerDay, hold, holdMax, holdUnit, daysPerWeek, rest);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 4));
        form.add(notes, 4);
        add(form, problem);

        var save = new Button("Apply", e -> {
            try {
                var newDose = new Dose(sets.getValue(), repetitions.getValue(), hold.getValue(), holdMax.getValue(),
                        holdUnit.getValue(), sides.getValue(), timesPerDay.getValue(), daysPerWeek.getValue());
                saved.accept(newDose, rest.getValue() == null || rest.getValue() == 0 ? null : rest.getValue(),
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
