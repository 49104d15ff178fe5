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

    StageContent withPrescriptions(List<PrescriptionContent> newPrescriptions) {
        return new StageContent(key, name, notes, newPrescriptions);
    }

    StageContent renamed(String newName, String newNotes) {
        return new StageContent(key, newName, newNotes, prescriptions);
    }
}
