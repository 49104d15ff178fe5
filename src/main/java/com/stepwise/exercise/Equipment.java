package com.stepwise.exercise;

public enum Equipment {
    MAT("Mat or rug"),
    CHAIR("Firm chair"),
    BED("Bed"),
    PILLOWS("Pillows or cushions"),
    TOWEL("Towel or strap");

    private final String label;

    Equipment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
