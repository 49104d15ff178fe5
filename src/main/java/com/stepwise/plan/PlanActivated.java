package com.stepwise.plan;

/**
 * A version of a plan became the one the client follows. Published in the activating transaction, so the feature
 * that keeps the client's stage can place them on the new version (a refusal there undoes the activation).
 *
 * @param previous the content the client followed until now, or null on a plan's first activation
 */
public record PlanActivated(long planId, long clientId, int versionNumber, PlanContent previous,
                            PlanContent content) {
}
