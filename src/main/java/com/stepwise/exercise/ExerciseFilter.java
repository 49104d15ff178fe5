package com.stepwise.exercise;

/**
 * What the library list is narrowed to; every part is optional. The name matches when every word typed appears in
 * it ("glute 2" finds "Gluteal stretches, part 2").
 */
public record ExerciseFilter(String nameContains, TargetArea targetArea, StartingPosition startingPosition,
                             Equipment equipment, boolean noFloorOnly, boolean includeArchived) {

    public static final ExerciseFilter ALL = new ExerciseFilter(null, null, null, null, false, false);
}
