package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.Fields;
import com.stepwise.base.ui.Notifications;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.progress.CellChange;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.LogSource;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SheetCell;
import com.stepwise.progress.SheetState;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One session in full, as a client tells it: for each exercise of the stage, whether it was done, how many sets,
 * the pain during it and how it felt; the warning signs noticed; a note. It opens with what is already recorded for
 * that day and session, and saves only what was changed here, so nothing recorded another way is lost.
 */
class SessionDialog extends Dialog {

    /** The fields of one exercise's row. */
    static final class Row {
        final PrescriptionContent prescription;
        final Checkbox done = new Checkbox("Done");
        final IntegerField sets = Fields.wholeNumber("Sets done", 0, 20);
        final IntegerField pain = Fields.wholeNumber("Pain during (0–10)", 0, 10);
        final Select<Feeling> feeling = new Select<>();
        CellValue shown = CellValue.EMPTY;

        Row(PrescriptionContent prescription) {
            this.prescription = prescription;
            feeling.setLabel("How it felt");
            feeling.setItems(Feeling.values());
            feeling.setItemLabelGenerator(f -> f == null ? "Not said" : f.label());
            feeling.setEmptySelectionAllowed(true);
            feeling.setEmptySelectionCaption("Not said");
            // Sets are asked only where the dose prescribes them, as on the paper sheet.
            sets.setVisible(prescription.dose().sets() != null);
        }

        void show(CellValue value) {
            shown = value;
            done.setValue(value.done());
            sets.setValue(value.done() ? value.setsDone() : prescription.dose().sets());
            pain.setValue(value.pain());
            feeling.setValue(value.feeling());
        }

        CellValue read() {
            return done.getValue() ? CellValue.done(sets.getValue(), feeling.getValue(), pain.getValue())
                    : new CellValue(false, null, null, pain.getValue());
        }

        int sessionsPerDay() {
            var times = prescription.dose().timesPerDay();
            return times == null ? 1 : times;
        }
    }

    final DatePicker date = Fields.date("Date of the session", "Choose the day of the session, today or earlier.");
    final Select<Integer> session = new Select<>();
    final List<Row> rows = new ArrayList<>();
    final CheckboxGroup<Symptom> symptoms = new CheckboxGroup<>("Warning signs noticed");
    final Paragraph alreadyReported = new Paragraph();
    final TextArea note = new TextArea("Note");
    final Button save = new Button("Save the session");
    final Div problem = new Div();
    private final long clientId;
    private final ProgressService progress;

    SessionDialog(long clientId, List<PrescriptionContent> prescriptions, Map<Long, String> names, LocalDate today,
                  ProgressService progress, Consumer<Boolean> saved) {
        this.clientId = clientId;
        this.progress = progress;
        setHeaderTitle("Record one session");
        setWidth("min(56rem, 100%)");
        date.setValue(today);
        date.setMax(today);
        date.setMin(today.minusYears(1));
        date.setRequired(true);
        int most = prescriptions.stream().mapToInt(p -> p.dose().timesPerDay() == null ? 1 : p.dose().timesPerDay())
                .max().orElse(1);
        session.setLabel("Session of the day");
        session.setItems(IntStream.rangeClosed(1, most).boxed().toList());
        session.setItemLabelGenerator(n -> n == null ? "" : TrackingSheet.sessionName(n, most));
        session.setValue(1);
        session.setVisible(most > 1);
        var when = new FormLayout(date, session);
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(when);
        for (var prescription : prescriptions) {
            var row = new Row(prescription);
            rows.add(row);
            var form = new FormLayout(row.done, row.sets, row.pain, row.feeling);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("600px", 4));
            var heading = new H3(names.getOrDefault(prescription.exerciseId(), "Exercise"));
            heading.addClassName("session-exercise");
            add(heading, form);
        }
        symptoms.setItems(Symptom.values());
        symptoms.setItemLabelGenerator(s -> s.label() + (s.urgency() == Symptom.Urgency.URGENT ? " (urgent)" : ""));
        symptoms.setHelperText("Each one becomes a red flag at the top of the client page until it is acknowledged.");
        alreadyReported.addClassName("section-hint");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setHelperText("Anything the client said about the session.");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add(symptoms, alreadyReported, note, problem);
        date.addValueChangeListener(e -> load());
        session.addValueChangeListener(e -> load());
        load();

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            problem.setVisible(false);
            if (date.isInvalid() || date.getValue() == null) {
                problem.setText("Choose the day of the session, today or earlier.");
                problem.setVisible(true);
                return;
            }
            try {
                var day = date.getValue();
                var changes = rows.stream().filter(row -> row.sessionsPerDay() >= session.getValue())
                        .map(row -> new CellChange(new SheetCell(row.prescription.exerciseId(), day, session.getValue()),
                                row.shown, row.read(), note.getValue()))
                        .toList();
                var outcome = progress.record(clientId, LogSource.SESSION, changes,
                        Map.of(day, symptoms.getValue()), note.getValue());
                close();
                Notifications.success("Session of " + Dates.format(day) + " saved"
                        + (outcome.newRedFlags().isEmpty() ? "." : ", with " + outcome.newRedFlags().size()
                        + " red flag" + (outcome.newRedFlags().size() == 1 ? "" : "s")
                        + " to acknowledge at the top of the page."));
                saved.accept(!outcome.newRedFlags().isEmpty());
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /** Shows what is recorded for the chosen day and session, so saving changes only what is changed here. */
    private void load() {
        if (date.getValue() == null || session.getValue() == null) {
            return;
        }
        SheetState state = progress.sheet(clientId, date.getValue(), date.getValue());
        for (var row : rows) {
            row.show(state.cell(new SheetCell(row.prescription.exerciseId(), date.getValue(), session.getValue())));
            row.done.setEnabled(row.sessionsPerDay() >= session.getValue());
        }
        note.setValue(rows.stream().map(row -> state.notes().get(new SheetCell(row.prescription.exerciseId(),
                date.getValue(), session.getValue()))).filter(java.util.Objects::nonNull).findFirst().orElse(""));
        var reported = state.symptomsOn(date.getValue());
        symptoms.clear();
        alreadyReported.setText(reported.isEmpty() ? "" : "Already recorded for this day: " + String.join(", ",
                reported.stream().sorted().map(Symptom::label).toList()) + ".");
        alreadyReported.setVisible(!reported.isEmpty());
    }
}
