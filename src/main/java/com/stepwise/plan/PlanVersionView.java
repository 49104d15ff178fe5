package com.stepwise.plan;

import java.time.Instant;

/** A version of a plan: its number, state and content, who created it and who activated it. */
public record PlanVersionView(long id, int number, VersionState state, PlanContent content, Instant createdAt,
                              String createdBy, Instant activatedAt, String activatedBy) {
}
