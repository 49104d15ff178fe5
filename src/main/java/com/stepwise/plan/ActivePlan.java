package com.stepwise.plan;

import java.time.Instant;

/**
 * The plan a client follows: since when (its active version's activation), and what a clinician must review in it
 * (null when nothing).
 */
public record ActivePlan(long planId, long clientId, Instant activeSince, String reviewNote) {
}
