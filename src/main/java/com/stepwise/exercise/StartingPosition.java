package com.stepwise.exercise;

public enum StartingPosition {
    SUPINE("Lying on the back"),
    PRONE("Lying face down"),
    SIDE_LYING("Lying on the side"),
    SEATED("Sitting"),
    STANDING("Standing"),
    QUADRUPED("On hands and knees"),
    KNEELING("Kneeling");

    private final String label;

    StartingPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
