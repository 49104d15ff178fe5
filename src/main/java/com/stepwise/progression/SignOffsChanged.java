package com.stepwise.progression;

/** A sign-off of the client was recorded or withdrawn: what their plans may hold, and their readiness, may change. */
public record SignOffsChanged(long clientId) {
}
