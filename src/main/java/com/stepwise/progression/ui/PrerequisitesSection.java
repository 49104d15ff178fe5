package com.stepwise.progression.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Fields;
import com.stepwise.base.ui.Links;
import com.stepwise.base.ui.Notifications;
import com.stepwise.exercise.ExerciseDetailSection;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.PrerequisiteView;
import com.stepwise.progression.ProgressionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/** Adds "Requires" and "Unlocks" to the exercise detail view, and lets a clinic add or remove its own edges. */
@SpringComponent
class PrerequisitesSection implements ExerciseDetailSection {

    private final ProgressionService progression;
    private final ExerciseService exercises;

    PrerequisitesSection(ProgressionService progression, ExerciseService exercises) {
        this.progression = progression;
        this.exercises = exercises;
    }

    @Override
    public Component create(ExerciseDetails exercise) {
        return new Panel(exercise.ref());
    }

    /** The section itself; it redraws its lists after each change. */
    final class Panel extends Section {

        private final ExerciseRef exercise;
        private final Div requires = new Div();
        private final Div unlocks = new Div();
        final ComboBox<ExerciseRef> required = new ComboBox<>("Requires");
        final IntegerField sessions = Fields.wholeNumber("Comfortable sessions", 1, 30);
        final IntegerField windowDays = Fields.wholeNumber("Within (days)", 1, 90);
        final IntegerField maxPain = Fields.wholeNumber("Pain at most (0–10)", 0, 10);
        final Button add = new Button("Add prerequisite");
        final Div problem = new Div();

        Panel(ExerciseRef exercise) {
            this.exercise = exercise;
            addClassNames("detail-section", "prerequisites");
            add(new H2("Progression"));
            var explanation = new Paragraph("A prerequisite means this exercise is prescribed only once the client "
                    + "does the required one comfortably: by default " + Criterion.DEFAULT.inWords() + ".");
            explanation.addClassName("section-hint");
            requires.addClassName("edge-list");
            unlocks.addClassName("edge-list");
            add(explanation, new H3("Requires"), requires, new H3("Unlocks"), unlocks, addForm());
            refresh();
        }

        private Component addForm() {
            required.setPlaceholder("Search exercises");
            required.setItems(query -> exercises.findRefsByName(query.getFilter().orElse(""),
                    query.getOffset() + query.getLimit()).stream().skip(query.getOffset())
                    .filter(ref -> ref.id() != exercise.id()));
            required.setItemLabelGenerator(ExerciseRef::name);
            required.setClearButtonVisible(true);
            sessions.setValue(Criterion.DEFAULT.sessions());
            windowDays.setValue(Criterion.DEFAULT.windowDays());
            maxPain.setValue(Criterion.DEFAULT.maxPain());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.addClickListener(e -> addPrerequisite());
            problem.addClassName("form-problem");
            problem.setVisible(false);
            var row = new Div(required, sessions, windowDays, maxPain, add);
            row.addClassName("prerequisite-form");
            var heading = new H3("Add a prerequisite for your clinic");
            var form = new Div(heading, row, problem);
            form.addClassName("prerequisite-add");
            return form;
        }

        private void addPrerequisite() {
            problem.setVisible(false);
            if (required.getValue() == null) {
                showProblem("Choose the exercise the client must do comfortably first.");
                return;
            }
            if (sessions.getValue() == null || windowDays.getValue() == null || maxPain.getValue() == null) {
                showProblem("Fill in the sessions, the days and the highest acceptable pain.");
                return;
            }
            try {
                var criterion = new Criterion(sessions.getValue(), windowDays.getValue(), maxPain.getValue());
                var added = progression.add(exercise.id(), required.getValue().id(), criterion);
                Notifications.success(added.dependent().name() + " now requires " + added.required().name() + ".");
                required.clear();
                refresh();
            } catch (UserFacingException refused) {
                showProblem(refused.getMessage());
            }
        }

        private void showProblem(String message) {
            problem.setText(message);
            problem.setVisible(true);
        }

        private void refresh() {
            fill(requires, progression.requirementsOf(exercise.id()), true,
                    "Nothing: this exercise can be prescribed from the start.");
            fill(unlocks, progression.unlocksOf(exercise.id()), false,
                    "Nothing yet.");
        }

        private void fill(Div list, List<PrerequisiteView> edges, boolean showRequired, String empty) {
            list.removeAll();
            if (edges.isEmpty()) {
                var none = new Paragraph(empty);
                none.addClassName("edge-empty");
                list.add(none);
            }
            for (var edge : edges) {
                var other = showRequired ? edge.required() : edge.dependent();
                var name = Links.to(other.name(), "exercises/" + other.id());
                name.addClassName("edge-name");
                var criterion = new Span(edge.criterion().inWords());
                criterion.addClassName("edge-criterion");
                var row = new Div(name, criterion);
                row.addClassName("edge");
                if (edge.builtIn()) {
                    row.add(new Badge("Built in", Badge.Tone.NEUTRAL));
                } else {
                    row.add(new Badge("Your clinic", Badge.Tone.ACCENT));
                    var remove = new Button("Remove", e -> remove(edge));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel("Remove prerequisite " + edge.required().name() + " before "
                            + edge.dependent().name());
                    row.add(remove);
                }
                list.add(row);
            }
        }

        private void remove(PrerequisiteView edge) {
            try {
                progression.remove(edge.id());
                Notifications.success(edge.dependent().name() + " no longer requires " + edge.required().name()
                        + ".");
                refresh();
            } catch (UserFacingException refused) {
                Notifications.problem(refused.getMessage());
            }
        }
    }
}
