package com.stepwise.exercise;

/** What a hold is counted in; a client reads it in words from the {@code dose.hold.*} texts. */
public enum HoldUnit {
    SECONDS("seconds"),
    BREATHS("slow breaths");

    private final String label;

    HoldUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
