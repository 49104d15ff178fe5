package com.stepwise.plan;

import java.time.Instant;

/** One line of a plan's audit history: when, who, and what changed. */
public record HistoryEntry(Instant at, String clinician, String change) {
}
