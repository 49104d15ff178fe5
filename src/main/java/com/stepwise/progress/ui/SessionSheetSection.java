package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Fields;
import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.StageContent;
import com.stepwise.progress.CellChange;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.LogSource;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SheetConflictException;
import com.stepwise.progress.SheetState;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Typing in the client's paper tracking sheet. The grid mirrors the printed sheet row for row and day for day (see
 * {@link TrackingSheet}): one row per session of each exercise of the stages the client stood on during those two
 * weeks, and a row for warning signs. In each box the clinician types what the client wrote: C, D or P and the pain
 * (C2); the letters of any warning sign. Arrow keys move between boxes, and the grid opens scrolled to today.
 */
@SpringComponent
class SessionSheetSection implements ClientPageSection {

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
        var hint = Markup.of("p", "section-hint").text("When the client brings their two-week sheet, open it here "
                + "and type each box as they wrote it. For a single session told in clinic or on the phone, record "
                + "just that one.").toHtml();
        var open = new Button("Type in a paper sheet…");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(open);
        actions.addClassName("section-actions");
        // The grid (a box per session and day) is drawn when asked for: most visits type no sheet, and a client page
        // kept open between appointments should not carry a hundred inputs.
        open.addClickListener(e -> {
            var sheet = new Sheet(client.id(), planId);
            section.replace(hint, sheet);
            actions.remove(open);
        });
        var oneSession = new Button("Record one session…", e -> {
            var content = plans.get(planId).active().content();
            int stage = Math.min(progress.currentStage(planId), content.stages().size() - 1);
            var prescriptions = content.stages().get(stage).prescriptions();
            new SessionDialog(client.id(), prescriptions, names(prescriptions.stream()
                    .map(p -> p.exerciseId()).toList()), LocalDate.now(clock), progress, SessionSheetSection::saved)
                    .open();
        });
        oneSession.setTooltipText("Pain, feelings and warning signs for one session, exercise by exercise");
        actions.add(oneSession);
        section.add(new H2("Type in the paper sheet"), hint, actions);
        return section;
    }

    /** After a save: the page shows the new state, and a new red flag is scrolled into view at the top. */
    static void saved(boolean newRedFlag) {
        var ui = UI.getCurrent();
        ui.refreshCurrentRoute(false);
        if (newRedFlag) {
            ui.getPage().executeJs("requestAnimationFrame(() => document.querySelector('.red-flags')"
                    + "?.scrollIntoView({block: 'start'}))");
        }
    }

    private Map<Long, String> names(List<Long> ids) {
        return exercises.refs(ids).stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
    }

    /** The grid for two weeks from a chosen first day (the day printed on the sheet), today by default last. */
    final class Sheet extends Div {

        private final long clientId;
        private final long planId;
        final DatePicker firstDay = Fields.date("Sheet starts on",
                "Choose the first day printed on the sheet, within the last year.");
        final Div grid = new Div();
        final Button save = new Button("Save the sheet");
        final Div problem = new Div();
        private TrackingSheet layout;
        private SheetState loaded;
        Input[][] boxes = new Input[0][0];
        Input[] warnings = new Input[0];

        Sheet(long clientId, long planId) {
            this.clientId = clientId;
            this.planId = planId;
            LocalDate today = LocalDate.now(clock);
            firstDay.setValue(today.minusDays(TrackingSheet.DAYS - 1));
            firstDay.setMax(today);
            firstDay.setMin(today.minusYears(1));
            firstDay.setHelperText("The first day printed on the client's sheet");
            firstDay.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    if (hasChanges()) {
                        firstDay.setValue(e.getOldValue());
                        Notifications.problem("Save or clear the boxes you typed before showing other days.");
                    } else {
                        build(e.getValue());
                    }
                }
            });
            var legend = new Paragraph("Type each box as the client wrote it: C comfortable, D some discomfort or "
                    + "P painful, then the pain from 0 to 10 (C2, P7); leave it empty if not done. Warning signs: "
                    + "the letters from the stop-and-call box (" + Symptom.values()[0].letter() + "–"
                    + Symptom.values()[Symptom.values().length - 1].letter() + "). Arrow keys move between boxes. "
                    + "Tinted boxes are what the client reported from their own link.");
            legend.addClassName("section-hint");
            grid.addClassName("sheet-grid");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            problem.addClassName("form-problem");
            problem.setVisible(false);
            add(legend, firstDay, grid, problem, save);
            build(firstDay.getValue());
            // Arrow keys and Enter move between boxes, as on paper; the grid opens at its end, where today is.
            grid.getElement().executeJs("""
                    const grid = this;
                    grid.addEventListener('keydown', e => {
                      const box = e.target;
                      if (box.tagName !== 'INPUT') return;
                      let r = +box.dataset.r, c = +box.dataset.c;
                      if (e.key === 'ArrowRight' && box.selectionEnd === box.value.length) c++;
                      else if (e.key === 'ArrowLeft' && box.selectionStart === 0) c--;
                      else if (e.key === 'ArrowDown' || e.key === 'Enter') r++;
                      else if (e.key === 'ArrowUp') r--;
                      else return;
                      const next = grid.querySelector(`input[data-r="${r}"][data-c="${c}"]`);
                      if (next) { e.preventDefault(); next.focus(); next.select(); }
                    });
                    const toToday = () => grid.scrollLeft = grid.scrollWidth;
                    requestAnimationFrame(toToday);
                    setTimeout(toToday, 300);""");
        }

        private void build(LocalDate from) {
            var content = plans.get(planId).active().content();
            var stages = progress.stagesSince(planId, from).stream().map(content.stages()::get).toList();
            var ids = stages.stream().flatMap(s -> s.prescriptions().stream()).map(p -> p.exerciseId()).toList();
            layout = TrackingSheet.of(stages, names(ids), from);
            loaded = progress.sheet(clientId, from, layout.lastDay());
            problem.setVisible(false);
            grid.removeAll();
            grid.getStyle().set("grid-template-columns", "minmax(8.5rem, 2fr) repeat(" + TrackingSheet.DAYS
                    + ", minmax(2.6rem, 1fr))");
            grid.add(new Span(""));
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                var label = new Span(layout.dayLabel(day));
                label.addClassName("sheet-day");
                if (layout.day(day).equals(LocalDate.now(clock))) {
                    label.addClassName("sheet-today");
                }
                grid.add(label);
            }
            var rows = layout.rows();
            boxes = new Input[rows.size()][TrackingSheet.DAYS];
            StageContent shownStage = null;
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                if (layout.stages().size() > 1 && row.stage() != shownStage) {
                    shownStage = row.stage();
                    var stageLabel = new Span(row.stage().name());
                    stageLabel.addClassName("sheet-stage");
                    grid.add(stageLabel);
                }
                var label = new Span(row.label());
                label.addClassName("sheet-row-label");
                grid.add(label);
                for (int day = 0; day < TrackingSheet.DAYS; day++) {
                    boolean fromClient = loaded.fromClient().contains(layout.cell(r, day));
                    var box = box(r, day, row.label() + ", " + layout.dayLabel(day)
                            + (fromClient ? ", " + LogSource.CLIENT.label() : ""));
                    box.setValue(loaded.cell(layout.cell(r, day)).boxText());
                    if (fromClient) {
                        box.addClassName("client-reported");
                        box.getElement().setAttribute("title", LogSource.CLIENT.label());
                    }
                    boxes[r][day] = box;
                    grid.add(box);
                }
            }
            var warningLabel = new Span("Warning signs (letters)");
            warningLabel.addClassNames("sheet-row-label", "sheet-warnings");
            grid.add(warningLabel);
            warnings = new Input[TrackingSheet.DAYS];
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                var box = box(rows.size(), day, "Warning signs, " + layout.dayLabel(day));
                box.setValue(TrackingSheet.letters(loaded.symptomsOn(layout.day(day))));
                warnings[day] = box;
                grid.add(box);
            }
        }

        private Input box(int row, int day, String label) {
            var box = new Input();
            box.addClassName("sheet-box");
            box.getElement().setAttribute("aria-label", label);
            box.getElement().setAttribute("data-r", String.valueOf(row));
            box.getElement().setAttribute("data-c", String.valueOf(day));
            box.getElement().setAttribute("autocomplete", "off");
            box.getElement().setAttribute("maxlength", "9");
            return box;
        }

        private boolean hasChanges() {
            for (int r = 0; r < boxes.length; r++) {
                for (int day = 0; day < TrackingSheet.DAYS; day++) {
                    if (!boxes[r][day].getValue().strip().equalsIgnoreCase(
                            loaded.cell(layout.cell(r, day)).boxText())) {
                        return true;
                    }
                }
            }
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                if (!warnings[day].getValue().strip().equalsIgnoreCase(
                        TrackingSheet.letters(loaded.symptomsOn(layout.day(day))))) {
                    return true;
                }
            }
            return false;
        }

        /** Sends only the boxes that differ from what was loaded, each with the value it had then. */
        private void save() {
            problem.setVisible(false);
            var changes = new ArrayList<CellChange>();
            var mistakes = new ArrayList<String>();
            for (int r = 0; r < boxes.length; r++) {
                var row = layout.rows().get(r);
                for (int day = 0; day < TrackingSheet.DAYS; day++) {
                    var box = boxes[r][day];
                    var cell = layout.cell(r, day);
                    var before = loaded.cell(cell);
                    box.removeClassNames("invalid", "conflict");
                    if (box.getValue().strip().equalsIgnoreCase(before.boxText())) {
                        continue;
                    }
                    try {
                        var after = CellValue.parse(box.getValue(), row.prescribedSets());
                        // Done before and still done: keep the sets recorded (one session may have recorded fewer).
                        if (after.done() && before.done()) {
                            after = CellValue.done(before.setsDone(), after.feeling(), after.pain());
                        }
                        changes.add(new CellChange(cell, before, after, null));
                    } catch (UserFacingException wrong) {
                        box.addClassName("invalid");
                        mistakes.add(row.label() + ", " + layout.dayLabel(day) + ": " + wrong.getMessage());
                    }
                }
            }
            Map<LocalDate, Set<Symptom>> reported = new HashMap<>();
            boolean removedSign = false;
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                var box = warnings[day];
                box.removeClassName("invalid");
                var already = loaded.symptomsOn(layout.day(day));
                try {
                    var typed = TrackingSheet.parseLetters(box.getValue());
                    var added = EnumSet.noneOf(Symptom.class);
                    added.addAll(typed);
                    added.removeAll(already);
                    if (!added.isEmpty()) {
                        reported.put(layout.day(day), added);
                    }
                    removedSign |= !typed.containsAll(already);
                } catch (UserFacingException wrong) {
                    box.addClassName("invalid");
                    mistakes.add("Warning signs, " + layout.dayLabel(day) + ": " + wrong.getMessage());
                }
            }
            if (!mistakes.isEmpty()) {
                show("Nothing was saved: " + mistakes.size() + (mistakes.size() == 1 ? " box needs" : " boxes need")
                        + " another look.", mistakes);
                return;
            }
            try {
                var outcome = progress.record(clientId, LogSource.SHEET, changes, reported, null);
                Notifications.success(outcome.boxesSaved() == 0 && outcome.newRedFlags().isEmpty()
                        ? "Nothing new to save: the sheet matches what is recorded."
                        : "Saved " + outcome.boxesSaved() + (outcome.boxesSaved() == 1 ? " box" : " boxes")
                        + " from the paper sheet" + (outcome.newRedFlags().isEmpty() ? "."
                        : ", and " + outcome.newRedFlags().size() + " red flag"
                        + (outcome.newRedFlags().size() == 1 ? "" : "s") + " to acknowledge at the top of the page."));
                if (removedSign) {
                    Notifications.info("A warning sign already recorded stays: acknowledge it in the red-flag box "
                            + "instead.");
                }
                var shownFrom = firstDay.getValue();
                if (outcome.newRedFlags().isEmpty()) {
                    build(shownFrom);
                } else {
                    saved(true);
                }
            } catch (SheetConflictException conflict) {
                var lines = new ArrayList<String>();
                var updated = new HashMap<>(loaded.cells());
                for (var c : conflict.conflicts()) {
                    int r = layout.rowOf(c.cell());
                    int day = layout.dayOf(c.cell().date());
                    var label = layout.rows().get(r).label() + ", " + layout.dayLabel(day);
                    lines.add(label + ": saved in between as \"" + c.saved().boxText() + "\" (" + c.saved().inWords()
                            + "); yours \"" + c.yours().boxText() + "\" (" + c.yours().inWords() + ")");
                    var box = boxes[r][day];
                    box.addClassName("conflict");
                    box.getElement().setAttribute("title", "Saved in between: " + c.saved().boxText());
                    updated.put(c.cell(), c.saved());
                }
                // Saving again now means "keep mine": compare with what the other person saved.
                loaded = new SheetState(updated, loaded.notes(), loaded.symptoms(), loaded.fromClient());
                show(conflict.getMessage(), lines);
            } catch (UserFacingException refused) {
                show(refused.getMessage(), List.of());
            }
        }

        private void show(String message, List<String> details) {
            problem.removeAll();
            problem.add(new Span(message));
            if (!details.isEmpty()) {
                var list = new UnorderedList();
                details.forEach(line -> list.add(new ListItem(line)));
                problem.add(list);
            }
            problem.setVisible(true);
        }
    }
}
