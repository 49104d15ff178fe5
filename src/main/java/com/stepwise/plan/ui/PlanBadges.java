package com.stepwise.plan.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.plan.PlanStatus;

/** The same status badge wherever a plan is shown. */
final class PlanBadges {

    private PlanBadges() {
    }

    static Badge status(PlanStatus status) {
        return new Badge(status.label(), switch (status) {
            case ACTIVE -> Badge.Tone.SUCCESS;
            case DRAFT -> Badge.Tone.ACCENT;
            case COMPLETED, ARCHIVED -> Badge.Tone.NEUTRAL;
        });
    }
}
