package com.stepwise.progression;

/**
 * "dependent requires required" was added or removed: plans holding the dependent may need review, and readiness
 * changes for plans holding either (the criterion for leaving a stage with the required exercise comes from it).
 */
public record PrerequisitesChanged(long requiredExerciseId, long dependentExerciseId) {
}
