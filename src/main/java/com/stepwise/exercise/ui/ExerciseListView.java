package com.stepwise.exercise.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.EmptyState;
import com.stepwise.base.ui.GridCells;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.exercise.Equipment;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseSummary;
import com.stepwise.exercise.StartingPosition;
import com.stepwise.exercise.TargetArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The exercise library: a lazy grid over the database, searchable by name and filterable the ways physios ask. */
@Route("exercises")
@PageTitle("Exercise library · Stepwise")
@Menu(order = 10, title = "Exercise library", icon = "vaadin:book")
@PermitAll
class ExerciseListView extends Main {

    final TextField search = new TextField();
    final ComboBox<TargetArea> targetArea = new ComboBox<>("Target area");
    final ComboBox<StartingPosition> position = new ComboBox<>("Position");
    final ComboBox<Equipment> equipment = new ComboBox<>("Equipment");
    final Checkbox noFloor = new Checkbox("No floor needed");
    final Checkbox showArchived = new Checkbox("Show archived");
    final Grid<ExerciseSummary> grid = new Grid<>(ExerciseSummary.class, false);

    ExerciseListView(ExerciseService exercises) {
        addClassNames("view", "exercise-list-view");

        var create = new Button("New exercise", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ExerciseEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Exercise library",
                "Built-in exercises and your clinic's own. Open one to see its steps and progressions.")
                .withActions(create));

        search.setLabel("Search by name");
        search.setPlaceholder("e.g. knee hug");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        targetArea.setItems(TargetArea.values());
        targetArea.setItemLabelGenerator(TargetArea::label);
        targetArea.setClearButtonVisible(true);
        position.setItems(StartingPosition.values());
        position.setItemLabelGenerator(StartingPosition::label);
        position.setClearButtonVisible(true);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        equipment.setClearButtonVisible(true);
        var filters = new Div(search, targetArea, position, equipment, noFloor, showArchived);
        filters.addClassName("filter-bar");
        add(filters);

        grid.addColumn(LitRenderer.<ExerciseSummary>of(
                        "<img class=\"exercise-thumb\" src=\"${item.src}\" alt=\"\" loading=\"lazy\">")
                        .withProperty("src", e -> Pictures.thumbnail(e.id(), e.illustration(), e.hasPhoto())))
                .setHeader("").setWidth("132px").setFlexGrow(0);
        grid.addColumn(GridCells.linkWithBadges("exercise-name", ExerciseListView::address, ExerciseSummary::name,
                        ExerciseListView::badges)).setHeader("Exercise").setKey("name")
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(e -> e.startingPosition().label()).setHeader("Position").setKey("position")
                .setSortProperty("startingPosition").setFlexGrow(2);
        grid.addColumn(e -> e.targetAreas().stream().sorted().map(TargetArea::label)
                .collect(Collectors.joining(", "))).setHeader("Works on").setFlexGrow(2);
        grid.addColumn(e -> e.equipment().isEmpty() ? "None" : e.equipment().stream().sorted()
                .map(Equipment::label).collect(Collectors.joining(", "))).setHeader("Equipment").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new EmptyState("No exercises match",
                "Try fewer words or clear a filter. Your clinic's archived exercises appear with \"Show archived\"."));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExerciseDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setItems(query -> exercises.search(filter(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(grid);

        search.addValueChangeListener(e -> refresh());
        targetArea.addValueChangeListener(e -> refresh());
        position.addValueChangeListener(e -> refresh());
        equipment.addValueChangeListener(e -> refresh());
        noFloor.addValueChangeListener(e -> refresh());
        showArchived.addValueChangeListener(e -> refresh());
    }

    ExerciseFilter filter() {
        return new ExerciseFilter(search.getValue(), targetArea.getValue(), position.getValue(), equipment.getValue(),
                noFloor.getValue(), showArchived.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String address(ExerciseSummary exercise) {
        return RouteConfiguration.forApplicationScope().getUrl(ExerciseDetailView.class,
                new RouteParameters("id", String.valueOf(exercise.id())));
    }

    private static List<GridCells.BadgeValue> badges(ExerciseSummary exercise) {
        var badges = new ArrayList<GridCells.BadgeValue>();
        if (!exercise.builtIn()) {
            badges.add(GridCells.BadgeValue.of("Your clinic", Badge.Tone.ACCENT));
        }
        if (exercise.archived()) {
            badges.add(GridCells.BadgeValue.of("Archived", Badge.Tone.NEUTRAL));
        }
        if (!exercise.floorRequired()) {
            badges.add(GridCells.BadgeValue.of("No floor", Badge.Tone.SUCCESS));
        }
        return badges;
    }
}
