package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Fields;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.LoggedExercise;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.Symptom;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typing in the client's paper tracking sheet: the handout's two-week grid, one row per exercise of the current
 * stage and a pain row, keyboard-first. In each box: c for comfortable, d for some discomfort, p for painful, empty
 * for not done. Tab moves along the row.
 */
@SpringComponent
class SessionSheetSection implements ClientPageSection {

    static final int DAYS = 14;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private final ProgressService progress;
    private final PlanService plans;
    private final ExerciseService exercises;
    private final Clock clock;

    SessionSheetSection(ProgressService progress, PlanService plans, ExerciseService exercises, Clock clock) {
        this.progress = progress;
        this.plans = plans;
        this.exercises = exercises;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Component create(ClientDetails client) {
        var section = new Section();
        section.addClassNames("detail-section", "session-sheet");
        var active = plans.plansOf(client.id()).stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst();
        if (active.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        long planId = active.get().id();
        var plan = plans.get(planId);
        int stage = Math.min(progress.currentStage(planId), plan.active().content().stages().size() - 1);
        var prescriptions = plan.active().content().stages().get(stage).prescriptions();
        Map<Long, String> names = exercises.refs(prescriptions.stream().map(PrescriptionContent::exerciseId).toList())
                .stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
        LocalDate today = LocalDate.now(clock);
        var sheet = new Sheet(client.id(), prescriptions, names, today.minusDays(DAYS - 1));
        sheet.show(progress.sessions(client.id(), today.minusDays(DAYS - 1), today));
        var oneSession = new Button("Record one session…", e -> new SessionDialog(client.id(), prescriptions, names,
                today, progress, () -> UI.getCurrent().refreshCurrentRoute(false)).open());
        oneSession.setTooltipText("Pain, feelings and warning symptoms for one day, exercise by exercise");
        section.add(sheet, oneSession);
        return section;
    }

    private record Box(int row, int day) {
    }

    /** The grid itself, for the two weeks ending today. */
    final class Sheet extends Div {

        private final long clientId;
        private final List<PrescriptionContent> prescriptions;
        private final LocalDate firstDay;
        final TextField[][] boxes;
        /** Symptoms already reported, by row and day, carried through a save of the sheet. */
        private final Map<Box, Set<Symptom>> symptoms = new HashMap<>();
        final IntegerField[] pain = new IntegerField[DAYS];
        final Button save = new Button("Save the sheet");
        final Div problem = new Div();

        Sheet(long clientId, List<PrescriptionContent> prescriptions, Map<Long, String> names, LocalDate firstDay) {
            this.clientId = clientId;
            this.prescriptions = prescriptions;
            this.firstDay = firstDay;
            this.boxes = new TextField[prescriptions.size()][DAYS];

            add(new H2("Type in the paper sheet"), new Paragraph("In each box: c comfortable, d some discomfort, "
                    + "p painful, empty if not done. Pain is the day's pain from 0 to 10."));
            var grid = new Div();
            grid.addClassName("sheet-grid");
            grid.getStyle().set("grid-template-columns", "minmax(10rem, 2fr) repeat(" + DAYS + ", minmax(2.6rem, 1fr))");
            grid.add(new Span(""));
            for (int day = 0; day < DAYS; day++) {
                var label = new Span(DAY.format(firstDay.plusDays(day)));
                label.addClassName("sheet-day");
                grid.add(label);
            }
            for (int row = 0; row < prescriptions.size(); row++) {
                String name = names.getOrDefault(prescriptions.get(row).exerciseId(), "Exercise");
                grid.add(new Span(name));
                for (int day = 0; day < DAYS; day++) {
                    var box = new TextField();
                    box.setMaxLength(1);
                    box.setAllowedCharPattern("[cdpCDP]");
                    box.setAriaLabel(name + ", " + DAY.format(firstDay.plusDays(day)));
                    box.addClassName("sheet-box");
                    boxes[row][day] = box;
                    grid.add(box);
                }
            }
            grid.add(new Span("Pain that day (0–10)"));
            for (int day = 0; day < DAYS; day++) {
                var field = Fields.wholeNumber(null, 0, 10);
                field.setStepButtonsVisible(false);
                field.setAriaLabel("Pain on " + DAY.format(firstDay.plusDays(day)));
                field.addClassName("sheet-box");
                pain[day] = field;
                grid.add(field);
            }
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            problem.addClassName("form-problem");
            problem.setVisible(false);
            add(grid, problem, save);
        }

        /**
         * Fills the grid with what is already recorded, so saving the sheet again changes only what was typed, and
         * keeps the symptoms reported for each day: the sheet has no row for them, and must not erase them.
         */
        void show(List<LoggedExercise> recorded) {
            for (var log : recorded) {
                int day = (int) ChronoUnit.DAYS.between(firstDay, log.date());
                int row = rowOf(log.exerciseId());
                if (day < 0 || day >= DAYS || row < 0) {
                    continue;
                }
                if (log.done() && log.feeling() != null) {
                    boxes[row][day].setValue(switch (log.feeling()) {
                        case COMFORTABLE -> "c";
                        case SOME_DISCOMFORT -> "d";
                        case PAINFUL -> "p";
                    });
                }
                if (log.pain() != null && pain[day].getValue() == null) {
                    pain[day].setValue(log.pain());
                }
                if (log.redFlag()) {
                    symptoms.put(new Box(row, day), log.symptoms());
                }
            }
        }

        private int rowOf(long exerciseId) {
            for (int row = 0; row < prescriptions.size(); row++) {
                if (prescriptions.get(row).exerciseId() == exerciseId) {
                    return row;
                }
            }
            return -1;
        }

        private void save() {
            problem.setVisible(false);
            try {
                int days = 0;
                for (int day = 0; day < DAYS; day++) {
                    var entries = entriesFor(day);
                    if (!entries.isEmpty()) {
                        progress.recordDay(clientId, firstDay.plusDays(day), entries, null);
                        days++;
                    }
                }
                Notifications.success(days == 0 ? "Nothing to save: the sheet is empty."
                        : "Saved " + days + (days == 1 ? " day" : " days") + " from the paper sheet.");
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        }

        /** A day with any tick or pain becomes a day of records; a ticked box is done at the prescribed dose. */
        private List<LoggedExercise> entriesFor(int day) {
            var date = firstDay.plusDays(day);
            Integer painThatDay = pain[day].getValue();
            boolean anything = painThatDay != null;
            for (var row : boxes) {
                anything |= !row[day].getValue().isBlank();
            }
            for (int row = 0; row < prescriptions.size(); row++) {
                anything |= symptoms.containsKey(new Box(row, day));
            }
            if (!anything) {
                return List.of();
            }
            var entries = new ArrayList<LoggedExercise>();
            for (int row = 0; row < prescriptions.size(); row++) {
                var prescription = prescriptions.get(row);
                String mark = boxes[row][day].getValue().strip().toLowerCase(Locale.ROOT);
                Feeling feeling = switch (mark) {
                    case "c" -> Feeling.COMFORTABLE;
                    case "d" -> Feeling.SOME_DISCOMFORT;
                    case "p" -> Feeling.PAINFUL;
                    default -> null;
                };
                var reported = symptoms.getOrDefault(new Box(row, day), Set.of());
                entries.add(feeling == null
                        ? new LoggedExercise(date, prescription.exerciseId(), false, null, null, null, reported)
                        : new LoggedExercise(date, prescription.exerciseId(), true, prescription.dose().sets(),
                                painThatDay, feeling, reported));
            }
            return entries;
        }
    }
}
