package com.stepwise.plan;

import com.stepwise.base.UserFacingException;
import java.time.Instant;

/**
 * A clinician's decision to prescribe an exercise although one of its prerequisites is not met: it names that
 * prerequisite ({@code requiredExerciseId}) and gives a written reason. It covers that one prerequisite of that one
 * exercise; a prerequisite added to the library later is a new question. The service stamps who and when, whatever
 * a caller sends.
 */
public record PrerequisiteOverride(Long requiredExerciseId, String reason, Long clinicianId, String clinicianName,
                                   Instant at) {

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

    /** A reason as first written, before it is aimed at a prerequisite and stamped by the service. */
    public static PrerequisiteOverride because(String reason) {
        return new PrerequisiteOverride(null, reason, null, null, null);
    }

    /** The same reason, covering one missing prerequisite. */
    public PrerequisiteOverride covering(long requiredId) {
        return new PrerequisiteOverride(requiredId, reason, null, null, null);
    }

    PrerequisiteOverride stamped(long byId, String byName, Instant when) {
        return new PrerequisiteOverride(requiredExerciseId, reason, byId, byName, when);
    }

    /** Whether this is the same decision: the same prerequisite and the same reason. */
    boolean sameDecisionAs(PrerequisiteOverride other) {
        return other != null && java.util.Objects.equals(requiredExerciseId, other.requiredExerciseId)
                && reason.equals(other.reason);
    }
}
