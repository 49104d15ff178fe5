package com.stepwise.progression;

import com.stepwise.exercise.ExerciseRef;

/** One prerequisite as a screen shows it: "{dependent} requires {required}", its criterion, who owns it. */
public record PrerequisiteView(long id, ExerciseRef required, ExerciseRef dependent, Criterion criterion,
                               boolean builtIn) {
}
