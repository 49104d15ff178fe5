package com.stepwise.plan;

import java.time.Instant;
import java.util.List;

/**
 * The newest part of a plan's history, newest first. {@code from} is the time of the oldest change shown when older
 * ones exist, null when this is all of it.
 */
public record HistoryPage(List<HistoryEntry> entries, Instant from) {

    public boolean hasOlder() {
        return from != null;
    }
}
