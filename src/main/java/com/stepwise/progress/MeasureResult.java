package com.stepwise.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A scored questionnaire as the client page lists it, with the change since the previous result of the same kind
 * (null for the first).
 */
public record MeasureResult(MeasureKind kind, LocalDate measuredOn, BigDecimal score, String band,
                            String recordedBy, Change changeSincePrevious) {

    /** "32.0 % (Moderate disability)" or "4.3 / 10". */
    public String scoreInWords() {
        return score.toPlainString() + " " + kind.unit() + (band == null ? "" : " (" + band + ")");
    }
}
