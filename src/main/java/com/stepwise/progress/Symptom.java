package com.stepwise.progress;

/** Symptoms a client reports with a session. Every one is a red flag: stop, and the clinic must know. */
public enum Symptom {
    NUMBNESS_OR_TINGLING("Numbness or tingling in the legs"),
    NEW_LEG_WEAKNESS("New weakness in a leg"),
    SHARP_OR_SHOOTING_PAIN("Sharp or shooting pain"),
    BLADDER_OR_BOWEL_CHANGES("Bladder or bowel changes");

    private final String label;

    Symptom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
