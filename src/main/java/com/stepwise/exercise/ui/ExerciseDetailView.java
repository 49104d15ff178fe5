package com.stepwise.exercise.ui;

import com.stepwise.base.ui.RouteIds;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Fact;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.exercise.Equipment;
import com.stepwise.exercise.ExerciseDetailSection;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.TargetArea;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One exercise as a physio reads it: drawing, purpose, steps, dose, cautions, variations and progressions. */
@Route("exercises/" + RouteIds.ID)
@PermitAll
class ExerciseDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ExerciseService exercises;
    private final List<ExerciseDetailSection> sections;
    private String title = "Exercise · Stepwise";

    ExerciseDetailView(ExerciseService exercises, List<ExerciseDetailSection> sections) {
        this.exercises = exercises;
        this.sections = sections;
        addClassNames("view", "exercise-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        try {
            show(exercises.get(id.orElseThrow(() -> new NotFoundException("This exercise"))));
        } catch (NotFoundException missing) {
            Notifications.problem(missing.getMessage());
            event.forwardTo(ExerciseListView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ExerciseDetails exercise) {
        removeAll();
        title = exercise.name() + " · Stepwise";
        var header = new ViewHeader(exercise.name(), exercise.purpose()).withActions(actions(exercise));
        var back = new RouterLink("← Exercise library", ExerciseListView.class);
        back.addClassName("back-link");
        add(back, header, badges(exercise));

        var image = new Image(Pictures.large(exercise.id(), exercise.illustration(), exercise.hasPhoto()),
                exercise.hasPhoto() ? "Photo of " + exercise.name()
                        : "Drawing of " + exercise.name() + ": start and end position");
        image.addClassName("exercise-illustration");

        var facts = Fact.list("",
                new Fact("Starting position", exercise.positionDetail() == null ? exercise.startingPosition().label()
                        : exercise.positionDetail()),
                new Fact("Floor", exercise.floorRequired() ? "The client gets down to the floor"
                        : "No need to get down to the floor"),
                new Fact("Default dose", exercise.defaultDose().inWords()),
                new Fact("Works on", exercise.targetAreas().stream().sorted().map(TargetArea::label)
                        .collect(Collectors.joining(", "))),
                new Fact("Equipment", exercise.equipment().isEmpty() ? "None" : exercise.equipment().stream().sorted()
                        .map(Equipment::label).collect(Collectors.joining(", "))));

        var steps = new OrderedList();
        exercise.steps().forEach(step -> steps.add(new ListItem(step)));
        var cautions = new UnorderedList();
        exercise.cautions().forEach(caution -> cautions.add(new ListItem(caution)));
        cautions.addClassName("cautions");

        var top = new Div(image, facts);
        top.addClassName("exercise-top");
        add(top, section("Steps", steps), section("Cautions", cautions));
        if (exercise.easier() != null || exercise.harder() != null) {
            var variations = new Div();
            variations.addClassName("variations");
            if (exercise.easier() != null) {
                variations.add(variation("Easier", exercise.easier()));
            }
            if (exercise.harder() != null) {
                variations.add(variation("Harder", exercise.harder()));
            }
            add(section("Variations", variations));
        }
        sections.forEach(section -> add(section.create(exercise)));
    }

    private Component[] actions(ExerciseDetails exercise) {
        var copy = new Button("Copy", VaadinIcon.COPY_O.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                ExerciseEditorView.class, QueryParameters.simple(Map.of("copyOf", String.valueOf(exercise.id()))))));
        if (exercise.builtIn()) {
            copy.setTooltipText("Built-in exercises are read-only. Copy this one to make your clinic's own version.");
            return new Component[] {copy};
        }
        var edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> getUI().ifPresent(ui -> ui.navigate(
                "exercises/" + exercise.id() + "/edit")));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var archive = exercise.archived()
                ? new Button("Restore", e -> changeArchived(exercise, false))
                : new Button("Archive", e -> changeArchived(exercise, true));
        archive.setTooltipText(exercise.archived() ? "Bring it back into the library."
                : "Hide it from the library. Nothing is deleted; plans that use it keep it.");
        return new Component[] {edit, copy, archive};
    }

    private void changeArchived(ExerciseDetails exercise, boolean archive) {
        try {
            if (archive) {
                exercises.archive(exercise.id());
                Notifications.success(exercise.name() + " is archived. \"Show archived\" in the library finds it.");
            } else {
                exercises.restore(exercise.id());
                Notifications.success(exercise.name() + " is back in the library.");
            }
            show(exercises.get(exercise.id()));
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }

    private static Component badges(ExerciseDetails exercise) {
        var badges = new Div(exercise.builtIn() ? new Badge("Built in · read-only", Badge.Tone.NEUTRAL)
                : new Badge("Your clinic's exercise", Badge.Tone.ACCENT));
        if (exercise.archived()) {
            badges.add(new Badge("Archived", Badge.Tone.WARNING));
        }
        badges.addClassName("badges");
        return badges;
    }


    static Section section(String heading, Component... content) {
        var section = new Section(new H2(heading));
        section.add(content);
        section.addClassName("detail-section");
        return section;
    }

    private static Component variation(String label, ExerciseRef ref) {
        var text = new Paragraph(label + ": ");
        text.add(new RouterLink(ref.name(), ExerciseDetailView.class, new RouteParameters("id",
                String.valueOf(ref.id()))));
        return text;
    }
}
