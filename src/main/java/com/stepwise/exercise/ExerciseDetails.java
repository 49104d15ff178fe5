package com.stepwise.exercise;

import java.util.List;
import java.util.Set;

/** Everything the detail view (and later the handout) shows of one exercise. */
public record ExerciseDetails(long id, long version, String code, String name, String purpose,
                              StartingPosition startingPosition, String positionDetail, boolean floorRequired,
                              Dose defaultDose, List<String> steps, List<String> cautions,
                              Set<TargetArea> targetAreas, Set<Equipment> equipment, String illustration,
                              boolean hasPhoto, ExerciseRef easier, ExerciseRef harder, boolean builtIn, boolean archived) {

    public ExerciseDetails {
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        targetAreas = Set.copyOf(targetAreas);
        equipment = Set.copyOf(equipment);
    }

    public ExerciseRef ref() {
        return new ExerciseRef(id, code, name, builtIn, archived, floorRequired);
    }
}
