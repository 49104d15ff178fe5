package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Fields;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.LoggedExercise;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.Symptom;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One session in full, as a client tells it: for each exercise of the stage, whether it was done, how many sets,
 * the pain during it, how it felt and any warning symptom, plus a note. Used when the paper sheet is not enough,
 * above all when the client reports a symptom.
 */
class SessionDialog extends Dialog {

    /** The fields of one exercise's row. */
    static final class Row {
        final long exerciseId;
        final Checkbox done = new Checkbox("Done");
        final IntegerField sets = Fields.wholeNumber("Sets done", 0, 20);
        final IntegerField pain = Fields.wholeNumber("Pain during (0–10)", 0, 10);
        final Select<Feeling> feeling = new Select<>();
        final CheckboxGroup<Symptom> symptoms = new CheckboxGroup<>("Symptoms noticed");

        Row(PrescriptionContent prescription) {
            this.exerciseId = prescription.exerciseId();
            sets.setValue(prescription.dose().sets());
            feeling.setLabel("How it felt");
            feeling.setItems(Feeling.values());
            feeling.setItemLabelGenerator(f -> f == null ? "Not said" : f.label());
            feeling.setEmptySelectionAllowed(true);
            feeling.setEmptySelectionCaption("Not said");
            symptoms.setItems(Symptom.values());
            symptoms.setItemLabelGenerator(Symptom::label);
        }

        LoggedExercise read(LocalDate date) {
            boolean wasDone = done.getValue();
            return new LoggedExercise(date, exerciseId, wasDone, wasDone ? sets.getValue() : null, pain.getValue(),
                    wasDone ? feeling.getValue() : null, symptoms.getValue());
        }
    }

    final DatePicker date = new DatePicker("Date of the session");
    final List<Row> rows = new ArrayList<>();
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Save the session");
    final Div problem = new Div();

    SessionDialog(long clientId, List<PrescriptionContent> prescriptions, Map<Long, String> names, LocalDate today,
                  ProgressService progress, Runnable saved) {
        setHeaderTitle("Record one session");
        setWidth("min(56rem, 100%)");
        date.setValue(today);
        date.setMax(today);
        date.setMin(today.minusYears(1));
        date.setRequired(true);
        date.setErrorMessage("Choose the day of the session, today or earlier.");
        add(date);
        for (var prescription : prescriptions) {
            var row = new Row(prescription);
            rows.add(row);
            var form = new FormLayout(row.done, row.sets, row.pain, row.feeling);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 4));
            form.add(row.symptoms, 4);
            add(new H3(names.getOrDefault(prescription.exerciseId(), "Exercise")), form);
        }
        note.setMaxLength(500);
        note.setWidthFull();
        note.setHelperText("Anything the client said about the session.");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add(note, problem);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setVisible(false);
            if (date.isInvalid() || date.getValue() == null) {
                problem.setText("Choose the day of the session, today or earlier.");
                problem.setVisible(true);
                return;
            }
            try {
                progress.recordDay(clientId, date.getValue(), rows.stream().map(r -> r.read(date.getValue())).toList(),
                        note.getValue());
                close();
                saved.run();
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
