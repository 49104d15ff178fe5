package com.stepwise.progress;

/** The questionnaires Stepwise scores. */
public enum MeasureKind {
    ODI("Oswestry Disability Index", "%"),
    PSFS("Patient-Specific Functional Scale", "/ 10");

    private final String label;
    private final String unit;

    MeasureKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
