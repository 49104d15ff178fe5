package com.stepwise.progress;

import java.math.BigDecimal;

/** A client's mean pain in the week before last and in the last week; either is null without a rating. */
record PainTrend(long clientId, Double weekBefore, Double lastWeek) {

    /** Up by the meaningful pain change (2 points) or more. */
    boolean risen() {
        return weekBefore != null && lastWeek != null && Change.pain(BigDecimal.valueOf(weekBefore),
                BigDecimal.valueOf(lastWeek)) == Change.MEANINGFUL_WORSENING;
    }
}
