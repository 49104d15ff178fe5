package com.stepwise.plan;

/** A clinic template as a picker shows it. */
public record TemplateView(long id, String name, String goal, PlanContent content) {
}
