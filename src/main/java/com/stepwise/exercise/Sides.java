package com.stepwise.exercise;

/** Which side a dose applies to; a client reads it in words from the {@code dose.sides.*} texts. */
public enum Sides {
    NONE("Both together"),
    EACH_SIDE("Each side"),
    LEFT("Left side only"),
    RIGHT("Right side only"),
    ALTERNATING("Alternating sides");

    private final String label;

    Sides(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
