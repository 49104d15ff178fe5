package com.stepwise.plan;

import com.stepwise.exercise.Dose;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise as prescribed in a stage: its dose for this client, rest between sets, notes for this client, and
 * the overrides of prerequisites knowingly left unmet, one per prerequisite. The key stays the same through edits
 * and moves; it locates a prescription on screen, and is never what a rule trusts.
 */
public record PrescriptionContent(String key, long exerciseId, Dose dose, Integer restSeconds, String notes,
                                  List<PrerequisiteOverride> overrides) {

    public PrescriptionContent {
        Objects.requireNonNull(key);
        Objects.requireNonNull(dose);
        notes = notes == null ? "" : notes.strip();
        overrides = overrides == null ? List.of() : List.copyOf(overrides);

    }

    /** Ten minutes: longer is not a rest between rounds. */
    public static final int MAX_REST_SECONDS = 600;

    /** The override of one prerequisite, if any. */
    public Optional<PrerequisiteOverride> overrideOf(long requiredId) {
        return overrides.stream().filter(o -> Objects.equals(o.requiredExerciseId(), requiredId)).findFirst();
    }

    PrescriptionContent withDose(Dose newDose, Integer newRest) {
        return new PrescriptionContent(key, exerciseId, newDose, newRest, notes, overrides);
    }

    PrescriptionContent withNotes(String newNotes) {
        return new PrescriptionContent(key, exerciseId, dose, restSeconds, newNotes, overrides);
    }

    /** Adds the override, replacing any earlier one of the same prerequisite. */
    PrescriptionContent withOverride(PrerequisiteOverride override) {
        if (override.requiredExerciseId() == null) {
            throw new IllegalArgumentException("An override names the prerequisite it covers");
        }
        var list = new ArrayList<>(overrides);
        list.removeIf(o -> Objects.equals(o.requiredExerciseId(), override.requiredExerciseId()));
        list.add(override);
        return new PrescriptionContent(key, exerciseId, dose, restSeconds, notes, list);
    }

    PrescriptionContent withOverrides(List<PrerequisiteOverride> newOverrides) {
        return new PrescriptionContent(key, exerciseId, dose, restSeconds, notes, newOverrides);
    }

    /** A copy in a duplicated stage: same exercise and dose, but no overrides, which were decided for this place. */
    PrescriptionContent copyWithNewKey() {
        return new PrescriptionContent(PlanContent.newKey(), exerciseId, dose, restSeconds, notes, List.of());
    }
}
