package com.stepwise.plan;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the plan page (progress adds readiness and stage advancement), so the plan
 * feature needs to know nothing of the features built on it.
 */
public interface PlanPageSection {

    /** Builds a fresh section for the plan being shown. */
    Component create(PlanDetails plan);
}
