package com.stepwise.base;

import java.awt.Color;

/**
 * Contrast of a colour against white paper, as WCAG 2 measures it: text needs at least 4.5 to 1 to be read by
 * everyone, older eyes included. A clinic's accent colour prints names, doses and drawings, so it must pass.
 */
public final class Contrast {

    public static final double MINIMUM_FOR_TEXT = 4.5;

    private Contrast() {
    }

    /** The contrast ratio of the colour against white, from 1 (white) to 21 (black). */
    public static double againstWhite(Color colour) {
        return 1.05 / (luminance(colour) + 0.05);
    }

    /** The colour itself if text in it can be read on white, else the same hue darkened until it can. */
    public static Color readableOnWhite(Color colour) {
        Color darker = colour;
        while (againstWhite(darker) < MINIMUM_FOR_TEXT) {
            darker = new Color((int) (darker.getRed() * 0.92), (int) (darker.getGreen() * 0.92),
                    (int) (darker.getBlue() * 0.92));
        }
        return darker;
    }

    public static String hex(Color colour) {
        return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private static double luminance(Color colour) {
        return 0.2126 * channel(colour.getRed()) + 0.7152 * channel(colour.getGreen())
                + 0.0722 * channel(colour.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
