package com.stepwise.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A scored questionnaire as the client page lists it, with how much of it was answered and the change since the
 * previous comparable result of the same kind (null when there is none to compare with).
 *
 * @param answered   ODI: sections answered out of ten; PSFS: activities rated (null for results kept before this
 *                   was recorded)
 * @param comparable false for an incomplete questionnaire, which is kept and shown but never compared
 */
public record MeasureResult(MeasureKind kind, LocalDate measuredOn, BigDecimal score, String band,
                            String recordedBy, Integer answered, boolean comparable, Change changeSincePrevious) {

    /** "32.0 % (Moderate disability), 10 of 10 sections answered" or "4.3 / 10 over 3 activities". */
    public String scoreInWords() {
        var text = score.toPlainString() + " " + kind.unit() + (band == null ? "" : " (" + band + ")");
        if (answered != null) {
            text += kind == MeasureKind.ODI
                    ? ", " + answered + " of " + Oswestry.Section.values().length + " sections answered"
                    : " over " + answered + (answered == 1 ? " activity" : " activities");
        }
        if (!comparable) {
            text += kind == MeasureKind.ODI
                    ? "; incomplete (more than " + Oswestry.MOST_MISSING + " sections missing), so not compared"
                    : "; not compared";
        }
        return text;
    }
}
