package com.stepwise.progression;

import java.time.Instant;

/** A sign-off as the client page shows it. */
public record SignOffView(long id, long clientId, long exerciseId, String exerciseName, String signedBy,
                          Instant signedAt, String note) {
}
