package com.stepwise.progress;

import java.util.List;

/** What a save changed: how many boxes were written, and the red flags it raised (each needs a clinician). */
public record SaveOutcome(int boxesSaved, List<RedFlagView> newRedFlags) {

    public SaveOutcome {
        newRedFlags = List.copyOf(newRedFlags);
    }
}
