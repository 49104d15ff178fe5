package com.stepwise.exercise;

/** Which side a dose applies to. */
public enum Sides {
    NONE("Both together", null),
    EACH_SIDE("Each side", "each side"),
    LEFT("Left side only", "left side only"),
    RIGHT("Right side only", "right side only"),
    ALTERNATING("Alternating sides", "alternating sides");

    private final String label;
    private final String phrase;

    Sides(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /** The words on a handout, or null when sides need no mention. */
    String phrase() {
        return phrase;
    }
}
