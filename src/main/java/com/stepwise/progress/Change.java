package com.stepwise.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether the change between two scores matters clinically: at least the measure's threshold (ODI 10 points, pain 2
 * points, PSFS mean 2 points), in the direction that is better or worse for that measure.
 */
public enum Change {
    MEANINGFUL_IMPROVEMENT("Meaningful improvement"),
    MEANINGFUL_WORSENING("Meaningful worsening"),
    NO_MEANINGFUL_CHANGE("No meaningful change");

    private final String label;

    Change(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** ODI: a fall of 10 points or more is an improvement (lower is better). */
    public static Change oswestry(BigDecimal before, BigDecimal after) {
        return of(before.subtract(after), BigDecimal.TEN);
    }

    /** Pain 0–10: a fall of 2 or more is an improvement (lower is better). */
    public static Change pain(int before, int after) {
        return pain(BigDecimal.valueOf(before), BigDecimal.valueOf(after));
    }

    /** Pain as a mean of several ratings, compared to one decimal as a clinician reads it. */
    public static Change pain(BigDecimal before, BigDecimal after) {
        return of(before.subtract(after).setScale(1, RoundingMode.HALF_UP), BigDecimal.valueOf(2));
    }

    /** PSFS mean 0–10: a rise of 2 or more is an improvement (higher is better). */
    public static Change functional(BigDecimal before, BigDecimal after) {
        return of(after.subtract(before), BigDecimal.valueOf(2));
    }

    /** {@code betterBy} is positive when the client is better off. */
    private static Change of(BigDecimal betterBy, BigDecimal threshold) {
        if (betterBy.compareTo(threshold) >= 0) {
            return MEANINGFUL_IMPROVEMENT;
        }
        if (betterBy.negate().compareTo(threshold) >= 0) {
            return MEANINGFUL_WORSENING;
        }
        return NO_MEANINGFUL_CHANGE;
    }
}
