package com.stepwise.plan;

import com.stepwise.base.UserFacingException;
import java.time.Instant;

/**
 * A clinician's decision to prescribe an exercise although a prerequisite is not met. Only with a written reason;
 * the service stamps who and when, whatever a caller sends.
 */
public record PrerequisiteOverride(String reason, Long clinicianId, String clinicianName, Instant at) {

    public static final int MIN_REASON = 10;

    public PrerequisiteOverride {
        reason = reason == null ? "" : reason.strip();
        if (reason.length() < MIN_REASON) {
            throw new UserFacingException("An override needs a reason of at least " + MIN_REASON + " characters: "
                    + "write why this client may do the exercise now.");
        }
        if (reason.length() > 500) {
            throw new UserFacingException("Keep the override reason under 500 characters.");
        }
    }

    /** An override as first written, before the service records who gave it and when. */
    public static PrerequisiteOverride because(String reason) {
        return new PrerequisiteOverride(reason, null, null, null);
    }

    PrerequisiteOverride stamped(long clinicianId, String clinicianName, Instant at) {
        return new PrerequisiteOverride(reason, clinicianId, clinicianName, at);
    }
}
