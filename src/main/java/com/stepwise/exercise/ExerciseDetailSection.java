package com.stepwise.exercise;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the exercise detail view (the prerequisite graph adds "Requires" and
 * "Unlocks"), so the library needs to know nothing of the features built on it.
 */
public interface ExerciseDetailSection {

    /** Builds a fresh section for the exercise being shown. */
    Component create(ExerciseDetails exercise);
}
