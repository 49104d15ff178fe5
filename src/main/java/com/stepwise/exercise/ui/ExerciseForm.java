package com.stepwise.exercise.ui;

import com.stepwise.base.ui.Fields;
import com.stepwise.exercise.Equipment;
import com.stepwise.exercise.ExerciseDraft;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.HoldUnit;
import com.stepwise.exercise.Sides;
import com.stepwise.exercise.StartingPosition;
import com.stepwise.exercise.TargetArea;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one form for a clinic's own exercise; its binder shows the draft's own messages next to each field. */
class ExerciseForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextArea purpose = new TextArea("What it is for");
    final ComboBox<StartingPosition> startingPosition = new ComboBox<>("Starting position");
    final TextField positionDetail = new TextField("Position detail");
    final Checkbox floorRequired = new Checkbox("The client gets down to the floor");
    final CheckboxGroup<TargetArea> targetAreas = new CheckboxGroup<>("Works on");
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>("Equipment");
    final TextArea steps = new TextArea("Steps, one per line");
    final TextArea cautions = new TextArea("Cautions, one per line");
    final IntegerField sets = Fields.wholeNumber("Sets", 1, 10);
    final IntegerField repetitions = Fields.wholeNumber("Repetitions", 1, 50);
    final IntegerField hold = Fields.wholeNumber("Hold", 1, 300);
    final IntegerField holdMax = Fields.wholeNumber("Hold up to", 1, 300);
    final Select<HoldUnit> holdUnit = new Select<>();
    final Select<Sides> sides = new Select<>();
    final IntegerField timesPerDay = Fields.wholeNumber("Times a day", 1, 6);
    final IntegerField daysPerWeek = Fields.wholeNumber("Days a week", 1, 7);
    final Select<String> illustration = new Select<>();
    final ComboBox<ExerciseRef> easier = new ComboBox<>("Easier variation");
    final ComboBox<ExerciseRef> harder = new ComboBox<>("Harder variation");
    private final Image preview = new Image();

    private final Binder<ExerciseDraft> binder = new BeanValidationBinder<>(ExerciseDraft.class);

    ExerciseForm(ExerciseService exercises, ExerciseIllustrations illustrations) {
        addClassName("exercise-form");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        purpose.setMaxLength(500);
        purpose.setHelperText("One sentence a physio would say to a colleague.");
        positionDetail.setPlaceholder("e.g. knees bent, feet flat");
        startingPosition.setItems(StartingPosition.values());
        startingPosition.setItemLabelGenerator(StartingPosition::label);
        targetAreas.setItems(TargetArea.values());
        targetAreas.setItemLabelGenerator(TargetArea::label);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        steps.setHelperText("Each line becomes a numbered step on the handout. At most 12.");
        steps.setMinRows(5);
        cautions.setHelperText("Each line becomes a caution. At most 8.");
        cautions.setMinRows(3);
        holdUnit.setLabel("Counted in");
        holdUnit.setItems(HoldUnit.values());
        holdUnit.setItemLabelGenerator(HoldUnit::label);
        sides.setLabel("Sides");
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(Sides::label);

        Map<String, String> labels = illustrations.options().stream()
                .collect(Collectors.toMap(ExerciseIllustrations.Option::key, ExerciseIllustrations.Option::label,
                        (a, b) -> a, LinkedHashMap::new));
        illustration.setLabel("Drawing");
        illustration.setItems(labels.keySet());
        illustration.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        illustration.addValueChangeListener(e -> preview.setSrc(e.getValue() == null ? ""
                : "illustrations/" + e.getValue() + ".svg?size=small"));
        preview.setAlt("Preview of the chosen drawing");
        preview.addClassName("exercise-thumb");

        for (var variation : List.of(easier, harder)) {
            variation.setItems(query -> exercises.findRefsByName(query.getFilter().orElse(""),
                    query.getLimit() + query.getOffset()).stream().skip(query.getOffset()));
            variation.setItemLabelGenerator(ExerciseRef::name);
            variation.setClearButtonVisible(true);
        }

        binder.bindInstanceFields(this);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 4));
        add(section("About"), 4);
        add(name, 2);
        add(startingPosition, positionDetail);
        add(purpose, 4);
        add(floorRequired, 4);
        add(targetAreas, 2);
        add(equipment, 2);
        add(section("Instructions"), 4);
        add(steps, 4);
        add(cautions, 4);
        add(section("Default dose"), 4);
        add(sets, repetitions, sides, timesPerDay);
        add(hold, holdMax, holdUnit, daysPerWeek);
        add(section("Drawing and variations"), 4);
        add(illustration, 2);
        add(preview, 2);
        add(easier, 2);
        add(harder, 2);
    }

    private static H2 section(String title) {
        var heading = new H2(title);
        heading.addClassName("form-section");
        return heading;
    }

    void edit(ExerciseDraft draft) {
        if (draft.getTargetAreas() == null) {
            draft.setTargetAreas(EnumSet.noneOf(TargetArea.class));
        }
        binder.setBean(draft);
    }

    /** True when every field is valid; the fields show their own messages otherwise. */
    boolean validate() {
        return binder.validate().isOk();
    }

    ExerciseDraft draft() {
        return binder.getBean();
    }

}
