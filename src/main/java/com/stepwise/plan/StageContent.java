package com.stepwise.plan;

import java.util.List;
import java.util.Objects;

/** A stage of a plan: a name, its prescriptions in order, and optional notes. */
public record StageContent(String key, String name, String notes, List<PrescriptionContent> prescriptions) {

    public StageContent {
        Objects.requireNonNull(key);
        name = name == null || name.isBlank() ? "Stage" : name.strip();
        notes = notes == null ? "" : notes.strip();
        prescriptions = List.copyOf(prescriptions);
    }

    /** Whether the stage prescribes this exercise already. */
    public boolean holds(long exerciseId) {
        return prescriptions.stream().anyMatch(p -> p.exerciseId() == exerciseId);
    }

    StageContent withPrescriptions(List<PrescriptionContent> newPrescriptions) {
        return new StageContent(key, name, notes, newPrescriptions);
    }

    StageContent renamed(String newName, String newNotes) {
        return new StageContent(key, newName, newNotes, prescriptions);
    }
}
