package com.stepwise.progression;

/** "dependent requires required", with the criterion for required: the graph as readiness needs it. */
public record CriterionEdge(long required, long dependent, Criterion criterion) {
}
