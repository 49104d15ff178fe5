package com.stepwise.plan;

import com.stepwise.exercise.Dose;
import java.util.Objects;

/**
 * One exercise as prescribed in a stage: its dose for this client, rest between sets, notes for this client, and
 * an override if a prerequisite was knowingly left unmet. The key stays the same through edits and moves.
 */
public record PrescriptionContent(String key, long exerciseId, Dose dose, Integer restSeconds, String notes,
                                  PrerequisiteOverride override) {

    public PrescriptionContent {
        Objects.requireNonNull(key);
        Objects.requireNonNull(dose);
        notes = notes == null ? "" : notes.strip();
    }

    PrescriptionContent withDose(Dose newDose, Integer newRest) {
        return new PrescriptionContent(key, exerciseId, newDose, newRest, notes, override);
    }

    PrescriptionContent withNotes(String newNotes) {
        return new PrescriptionContent(key, exerciseId, dose, restSeconds, newNotes, override);
    }

    PrescriptionContent withOverride(PrerequisiteOverride newOverride) {
        return new PrescriptionContent(key, exerciseId, dose, restSeconds, notes, newOverride);
    }

    PrescriptionContent copyWithNewKey() {
        return new PrescriptionContent(PlanContent.newKey(), exerciseId, dose, restSeconds, notes, override);
    }
}
