package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** One exercise of one day's session log: whether it was done, how much, how it felt, and any symptom. */
public record LoggedExercise(LocalDate date, long exerciseId, boolean done, Integer setsDone, Integer pain,
                             Feeling feeling, Set<Symptom> symptoms) {

    public LoggedExercise {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new UserFacingException("Pain is rated from 0 (none) to 10 (the worst imaginable).");
        }
        if (setsDone != null && (setsDone < 0 || setsDone > 20)) {
            throw new UserFacingException("Sets done must be between 0 and 20.");
        }
        symptoms = symptoms == null || symptoms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(symptoms));
    }

    public boolean redFlag() {
        return !symptoms.isEmpty();
    }
}
