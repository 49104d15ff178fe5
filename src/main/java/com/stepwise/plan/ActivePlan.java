package com.stepwise.plan;

import java.time.Instant;

/**
 * An active plan, as the "Today" list needs it: whose it is, since when it last changed, and what a clinician must
 * review in it (null when nothing).
 */
public record ActivePlan(long planId, long clientId, Instant changedAt, String reviewNote) {
}
