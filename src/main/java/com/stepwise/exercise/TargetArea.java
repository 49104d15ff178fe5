package com.stepwise.exercise;

public enum TargetArea {
    LOWER_BACK("Lower back"),
    UPPER_BACK("Mid and upper back"),
    CORE("Core"),
    GLUTES("Buttocks (glutes)"),
    HIPS("Hips"),
    HIP_FLEXORS("Front of the hip"),
    HAMSTRINGS("Hamstrings"),
    SHOULDERS("Shoulders");

    private final String label;

    TargetArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
