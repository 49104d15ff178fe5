package com.stepwise.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A red flag as the client page, Today and the timeline show it; {@code acknowledged} is null while it is open. */
public record RedFlagView(long id, long version, long clientId, LocalDate reportedOn, Symptom symptom,
                          LogSource source, Instant recordedAt, String recordedBy, String note,
                          Acknowledgement acknowledged) {

    /** Who acknowledged the red flag, when, and what they did. */
    public record Acknowledgement(RedFlagAction action, String note, String by, Instant at) {
    }

    public boolean open() {
        return acknowledged == null;
    }

    public boolean urgent() {
        return symptom.urgency() == Symptom.Urgency.URGENT;
    }
}
