package com.stepwise.progression;

import java.time.Instant;

/** A sign-off as the client page shows it; {@code withdrawn} is null while it holds. */
public record SignOffView(long id, long clientId, long exerciseId, String exerciseName, String signedBy,
                          Instant signedAt, String note, Withdrawal withdrawn) {

    /** Who withdrew a sign-off, when and why. */
    public record Withdrawal(String by, Instant at, String reason) {
    }

    public boolean current() {
        return withdrawn == null;
    }
}
