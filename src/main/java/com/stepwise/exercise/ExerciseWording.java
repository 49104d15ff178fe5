package com.stepwise.exercise;

import java.util.List;

/** What a client reads about an exercise, in one language: its name, purpose, steps and cautions. */
public record ExerciseWording(String name, String purpose, List<String> steps, List<String> cautions) {

    public ExerciseWording {
        purpose = purpose == null ? "" : purpose;
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
    }
}
