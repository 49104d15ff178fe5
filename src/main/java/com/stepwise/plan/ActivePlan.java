package com.stepwise.plan;

import java.time.Instant;

/** An active plan, as the "Today" list needs it: whose it is and since when it last changed. */
public record ActivePlan(long planId, long clientId, Instant changedAt) {
}
