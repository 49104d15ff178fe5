package com.stepwise.plan.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.plan.StageContent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/**
 * One stage of the builder: its name, its exercises in order, and every way to rearrange them. Dragging works with
 * a mouse or a finger; the arrow buttons and "Move to" do the same from the keyboard.
 */
class StageCard extends Section {

    /** What the card asks the builder to do; the builder checks each change before keeping it. */
    interface Actions {
        void rename(String stageKey, String name, String notes);

        void moveStage(String stageKey, int toIndex);

        void duplicateStage(String stageKey);

        void removeStage(String stageKey);

        void movePrescription(String prescriptionKey, String toStageKey, int toIndex);

        void editDose(String prescriptionKey);

        void removePrescription(String prescriptionKey);
    }

    final TextField name = new TextField();
    final TextField notes = new TextField();

    StageCard(PlanContent content, int index, Map<Long, ExerciseRef> exercises, boolean clientAvoidsFloor,
              boolean editable, Actions actions) {
        var stage = content.stages().get(index);
        addClassName("stage-card");
        name.setValue(stage.name());
        name.setAriaLabel("Name of stage " + (index + 1));
        name.setReadOnly(!editable);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.rename(stage.key(), e.getValue(), notes.getValue());
            }
        });
        notes.setValue(stage.notes());
        notes.setPlaceholder(editable ? "Notes for this stage (optional), e.g. when to move on" : "");
        notes.setAriaLabel("Notes for stage " + (index + 1));
        notes.setReadOnly(!editable);
        notes.setWidthFull();
        notes.addClassName("stage-notes");
        notes.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.rename(stage.key(), name.getValue(), e.getValue());
            }
        });
        int seconds = stage.prescriptions().stream().mapToInt(p -> p.dose().estimatedSeconds(p.restSeconds())).sum();
        var summary = new Span(stage.prescriptions().size() + (stage.prescriptions().size() == 1 ? " exercise"
                : " exercises") + " · about " + Math.max(1, Math.round(seconds / 60f)) + " min a session");
        summary.addClassName("stage-summary");
        var header = new Div(new Span("Stage " + (index + 1)), name, summary);
        header.addClassName("stage-header");
        if (editable) {
            header.add(iconButton(VaadinIcon.ARROW_UP, "Move stage up", index > 0,
                    () -> actions.moveStage(stage.key(), index - 1)));
            header.add(iconButton(VaadinIcon.ARROW_DOWN, "Move stage down", index < content.stages().size() - 1,
                    () -> actions.moveStage(stage.key(), index + 1)));
            header.add(iconButton(VaadinIcon.COPY_O, "Duplicate stage", true, () -> actions.duplicateStage(stage.key())));
            header.add(iconButton(VaadinIcon.TRASH, "Remove stage", true, () -> actions.removeStage(stage.key())));
        }
        add(header);
        if (editable || !stage.notes().isEmpty()) {
            add(notes);
        }

        var list = new Div();
        list.addClassName("prescription-list");
        if (stage.prescriptions().isEmpty()) {
            var empty = new Paragraph(editable ? "No exercises yet. Add one from the library on the right, or drag "
                    + "one here." : "No exercises.");
            empty.addClassName("edge-empty");
            list.add(empty);
        }
        for (int position = 0; position < stage.prescriptions().size(); position++) {
            list.add(row(content, stage, position, exercises, clientAvoidsFloor, editable, actions));
        }
        if (editable) {
            var drop = DropTarget.create(list);
            drop.addDropListener(e -> e.getDragData().ifPresent(key -> actions.movePrescription((String) key,
                    stage.key(), Integer.MAX_VALUE)));
        }
        add(list);
    }

    private Component row(PlanContent content, StageContent stage, int position, Map<Long, ExerciseRef> exercises,
                          boolean clientAvoidsFloor, boolean editable, Actions actions) {
        PrescriptionContent p = stage.prescriptions().get(position);
        var exercise = exercises.get(p.exerciseId());
        var title = new Span(exercise == null ? "Exercise" : exercise.name());
        title.addClassName("prescription-name");
        var dose = new Span(p.dose().inWords() + (p.restSeconds() == null ? "" : " · rest " + p.restSeconds() + " s"));
        dose.addClassName("prescription-dose");
        var text = new Div(title, dose);
        text.addClassName("prescription-text");
        if (!p.notes().isEmpty()) {
            var notes = new Span("Notes: " + p.notes());
            notes.addClassName("prescription-notes");
            text.add(notes);
        }
        var badges = new Div();
        badges.addClassName("badges");
        for (var o : p.overrides()) {
            var required = exercises.get(o.requiredExerciseId());
            var badge = new Badge("Override of " + (required == null ? "a prerequisite" : required.name()) + ": "
                    + o.reason() + (o.clinicianName() == null ? ""
                    : " (" + o.clinicianName() + ", " + Dates.format(o.at()) + ")"), Badge.Tone.WARNING);
            badge.addClassName("override-badge");
            badges.add(badge);
        }
        if (clientAvoidsFloor && exercise != null && exercise.floorRequired()) {
            badges.add(new Badge("Needs the floor; this client cannot get down", Badge.Tone.ERROR));
        }
        text.add(badges);
        var row = new Div(text);
        row.addClassName("prescription-row");
        if (editable) {
            var controls = new Div();
            controls.addClassName("prescription-controls");
            controls.add(iconButton(VaadinIcon.ARROW_UP, "Move up", position > 0,
                    () -> actions.movePrescription(p.key(), stage.key(), position - 1)));
            controls.add(iconButton(VaadinIcon.ARROW_DOWN, "Move down", position < stage.prescriptions().size() - 1,
                    () -> actions.movePrescription(p.key(), stage.key(), position + 1)));
            var moveTo = new Select<StageContent>();
            moveTo.setAriaLabel("Move to stage");
            moveTo.setPlaceholder("Move to…");
            moveTo.setItems(content.stages().stream().filter(s -> !s.key().equals(stage.key())).toList());
            moveTo.setItemLabelGenerator(s -> "Stage " + (content.stages().indexOf(s) + 1) + ": " + s.name());
            moveTo.setEnabled(content.stages().size() > 1);
            moveTo.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    actions.movePrescription(p.key(), e.getValue().key(), Integer.MAX_VALUE);
                }
            });
            moveTo.addClassName("move-to");
            controls.add(moveTo);
            var doseButton = new Button("Dose", e -> actions.editDose(p.key()));
            doseButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            doseButton.setAriaLabel("Edit the dose of " + title.getText());
            controls.add(doseButton, iconButton(VaadinIcon.CLOSE_SMALL, "Remove " + title.getText(), true,
                    () -> actions.removePrescription(p.key())));
            row.add(controls);
            var drag = DragSource.create(row);
            drag.setDragData(p.key());
            var dropBefore = DropTarget.create(row);
            dropBefore.addDropListener(e -> e.getDragData().ifPresent(key -> {
                if (!key.equals(p.key())) {
                    actions.movePrescription((String) key, stage.key(), position);
                }
            }));
        }
        return row;
    }

    private static Button iconButton(VaadinIcon icon, String label, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.setEnabled(enabled);
        return button;
    }
}
