package com.stepwise.progression;

import com.stepwise.base.UserFacingException;

/**
 * When a prerequisite counts as met: at least {@code sessions} logged sessions of the required exercise within the
 * last {@code windowDays} days, done at the prescribed dose, rated comfortable, with pain during it at most
 * {@code maxPain} out of 10 and no red-flag symptom.
 */
public record Criterion(int sessions, int windowDays, int maxPain) {

    public static final Criterion DEFAULT = new Criterion(3, 14, 3);

    public Criterion {
        if (sessions < 1 || sessions > 30) {
            throw new UserFacingException("The number of comfortable sessions must be between 1 and 30.");
        }
        if (windowDays < 1 || windowDays > 90) {
            throw new UserFacingException("The time window must be between 1 and 90 days.");
        }
        if (sessions > windowDays) {
            throw new UserFacingException("You asked for " + sessions + " sessions within " + windowDays
                    + " days: there are not enough days. Lower the sessions or widen the window.");
        }
        if (maxPain < 0 || maxPain > 10) {
            throw new UserFacingException("The highest acceptable pain must be between 0 and 10.");
        }
    }

    /** "3 comfortable sessions within 14 days, pain no higher than 3 out of 10". */
    public String inWords() {
        return sessions + (sessions == 1 ? " comfortable session" : " comfortable sessions") + " within "
                + windowDays + (windowDays == 1 ? " day" : " days") + ", pain no higher than " + maxPain
                + " out of 10";
    }
}
