package com.stepwise.progress;

import java.util.List;

/**
 * Where a client is in an active plan and whether they may move on: per exercise of the next stage, what unlocks it
 * and how much of that is met, in words; a red flag anywhere blocks.
 */
public record StageReadiness(long planId, int currentStage, String currentStageName, String nextStageName,
                             List<Unlock> unlocks, boolean redFlag) {

    /** One exercise of the next stage and the state of each of its prerequisites. */
    public record Unlock(String exerciseName, List<String> requirements, boolean met) {
    }

    public StageReadiness {
        unlocks = List.copyOf(unlocks);
    }

    public boolean hasNextStage() {
        return nextStageName != null;
    }

    /** "Ready to progress": a next stage exists, every prerequisite is met, and no red flag was reported. */
    public boolean ready() {
        return hasNextStage() && !redFlag && unlocks.stream().allMatch(Unlock::met);
    }
}
