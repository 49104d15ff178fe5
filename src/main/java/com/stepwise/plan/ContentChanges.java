package com.stepwise.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/** Describes what changed between two versions of a plan's content, in the words the plan history shows. */
final class ContentChanges {

    private ContentChanges() {
    }

    static List<String> between(PlanContent before, PlanContent after, LongFunction<String> exerciseName) {
        var changes = new ArrayList<String>();
        Map<String, StageContent> oldStages = byKey(before);
        Map<String, StageContent> newStages = byKey(after);
        for (var stage : after.stages()) {
            var old = oldStages.get(stage.key());
            if (old == null) {
                changes.add("Added stage \"" + stage.name() + "\"");
            } else if (!old.name().equals(stage.name())) {
                changes.add("Renamed stage \"" + old.name() + "\" to \"" + stage.name() + "\"");
            }
        }
        for (var stage : before.stages()) {
            if (!newStages.containsKey(stage.key())) {
                changes.add("Removed stage \"" + stage.name() + "\"");
            }
        }
        var oldOrder = before.stages().stream().map(StageContent::key).filter(newStages::containsKey).toList();
        var newOrder = after.stages().stream().map(StageContent::key).filter(oldStages::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            changes.add("Reordered the stages");
        }
        for (var prescription : after.prescriptions().toList()) {
            String name = exerciseName.apply(prescription.exerciseId());
            String stageName = after.stages().get(after.stageOf(prescription.key())).name();
            var old = before.prescription(prescription.key()).orElse(null);
            if (old == null) {
                changes.add("Added " + name + " to \"" + stageName + "\"");
            } else {
                String oldStage = before.stages().get(before.stageOf(old.key())).key();
                if (!oldStage.equals(after.stages().get(after.stageOf(prescription.key())).key())) {
                    changes.add("Moved " + name + " to \"" + stageName + "\"");
                }
                if (!old.dose().equals(prescription.dose()) || !Objects.equals(old.restSeconds(),
                        prescription.restSeconds())) {
                    changes.add("Changed the dose of " + name + " to: " + prescription.dose().inWords());
                }
                if (!old.notes().equals(prescription.notes())) {
                    changes.add("Changed the notes for " + name);
                }
            }
            for (var override : prescription.overrides()) {
                var oldOverride = old == null ? null : old.overrideOf(override.requiredExerciseId()).orElse(null);
                if (!override.sameDecisionAs(oldOverride)) {
                    changes.add("Overrode " + exerciseName.apply(override.requiredExerciseId()) + " before " + name
                            + ": \"" + override.reason() + "\"");
                }
            }
            if (old != null) {
                old.overrides().stream().filter(o -> prescription.overrideOf(o.requiredExerciseId()).isEmpty())
                        .forEach(o -> changes.add("Withdrew the override of " + exerciseName.apply(
                                o.requiredExerciseId()) + " before " + name));
            }
        }
        before.prescriptions().filter(p -> after.prescription(p.key()).isEmpty())
                .forEach(p -> changes.add("Removed " + exerciseName.apply(p.exerciseId())));
        return changes;
    }

    private static Map<String, StageContent> byKey(PlanContent content) {
        var map = new java.util.LinkedHashMap<String, StageContent>();
        content.stages().forEach(stage -> map.put(stage.key(), stage));
        return map;
    }
}
