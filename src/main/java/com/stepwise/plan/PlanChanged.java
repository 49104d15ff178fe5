package com.stepwise.plan;

/**
 * A plan stopped or started being the one the client follows, or what a clinician must review in it changed. Published
 * in the changing transaction, so what is kept about the client (the Today list) changes with it.
 */
public record PlanChanged(long planId, long clientId) {
}
