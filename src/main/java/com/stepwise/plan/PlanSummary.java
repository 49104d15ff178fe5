package com.stepwise.plan;

import java.time.Instant;

/** A plan as the client page lists it. */
public record PlanSummary(long id, long clientId, String title, String goal, PlanStatus status, int stages,
                          int exercises, int overrides, int latestVersion, boolean hasUnactivatedChanges,
                          Instant updatedAt) {
}
