package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a client stands in an active plan, why, and whether they may move on. To leave the current stage, each of its
 * exercises must be done to its criterion ({@code toLeave}); to start the next, each prerequisite of its exercises that
 * the plan does not hold in this stage or an earlier one must be met ({@code toStart}). An open red flag blocks.
 *
 * @param placement  why the client is on this stage, in words (the last move, who made it, on what basis)
 * @param review     what the current stage rests on that no longer holds (a sign-off withdrawn, a prerequisite
 *                   added), for a clinician to review; null when everything holds
 * @param readyUntil while ready, the last day the evidence keeps it so (null when sign-offs carry it, or not ready)
 */
public record StageReadiness(long planId, int currentStage, String currentStageName, String nextStageName,
                             List<Check> toLeave, List<Check> toStart, boolean redFlag, String placement,
                             String review, LocalDate readyUntil) {

    /** One exercise and the state of what it needs, in words. */
    public record Check(String exerciseName, List<String> requirements, boolean met) {

        public Check {
            requirements = List.copyOf(requirements);
        }
    }

    public StageReadiness {
        toLeave = List.copyOf(toLeave);
        toStart = List.copyOf(toStart);
    }

    public boolean hasNextStage() {
        return nextStageName != null;
    }

    /** "Ready to progress": a next stage exists, everything needed is met, no red flag is open, nothing to review. */
    public boolean ready() {
        return hasNextStage() && !redFlag && review == null && !toLeave.isEmpty()
                && toLeave.stream().allMatch(Check::met)
                && toStart.stream().allMatch(Check::met);
    }
}
