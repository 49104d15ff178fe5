package com.stepwise.exercise;

import java.util.Set;

/** One row of the library grid. */
public record ExerciseSummary(long id, String code, String name, StartingPosition startingPosition,
                              boolean floorRequired, Set<TargetArea> targetAreas, Set<Equipment> equipment,
                              String illustration, boolean hasPhoto, boolean builtIn, boolean archived) {

    public ExerciseSummary {
        targetAreas = Set.copyOf(targetAreas);
        equipment = Set.copyOf(equipment);
    }
}
