package com.stepwise.exercise;

import java.util.Objects;

/** Enough of an exercise to name it, link to it, and tell whether the client must get down to the floor. */
public record ExerciseRef(long id, String code, String name, boolean builtIn, boolean archived,
                          boolean floorRequired) {

    public ExerciseRef {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
    }
}
