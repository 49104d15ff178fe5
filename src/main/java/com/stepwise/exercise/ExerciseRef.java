package com.stepwise.exercise;

import java.util.Objects;

/** Enough of an exercise to name it and link to it. */
public record ExerciseRef(long id, String code, String name, boolean builtIn, boolean archived) {

    public ExerciseRef {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }
}
