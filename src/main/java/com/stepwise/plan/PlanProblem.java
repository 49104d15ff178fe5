package com.stepwise.plan;

import com.stepwise.exercise.ExerciseRef;
import java.util.List;

/**
 * An exercise standing in a plan before its prerequisites are met, explained for the clinician: what is missing and
 * the three ways forward (an earlier stage, a sign-off, or an override with a reason).
 */
public record PlanProblem(String prescriptionKey, int stageIndex, ExerciseRef exercise, List<ExerciseRef> missing,
                          List<ExerciseRef> uncovered) {

    public PlanProblem {
        missing = List.copyOf(missing);
        uncovered = List.copyOf(uncovered);
    }

    /** Every missing prerequisite is covered by an override naming it. */
    public boolean overridden() {
        return uncovered.isEmpty();
    }

    /** The prerequisites still to resolve (every missing one, once all are overridden). */
    public List<ExerciseRef> toResolve() {
        return uncovered.isEmpty() ? missing : uncovered;
    }

    public String missingNames() {
        var names = toResolve().stream().map(ExerciseRef::name).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** "Gluteal stretches, part 2 needs Gluteal stretches, part 1 first, ..." */
    public String message() {
        return exercise.name() + " needs " + missingNames() + " first: the client has no sign-off for it and it is "
                + "not in an earlier stage of this plan. Add " + missingNames() + " to an earlier stage, record "
                + "that the client already does it comfortably, or override with a written reason.";
    }
}
