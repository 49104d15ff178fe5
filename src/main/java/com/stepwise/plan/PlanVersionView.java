package com.stepwise.plan;

import java.time.Instant;
import java.util.Map;

/**
 * A version of a plan: its number, state and content, who created it and who activated it, and the instructions its
 * exercises had when it was activated (empty for a draft, or a version activated before they were kept).
 */
public record PlanVersionView(long id, int number, VersionState state, PlanContent content, Instant createdAt,
                              String createdBy, Instant activatedAt, String activatedBy,
                              Map<Long, PrescribedInstructions> instructions) {

    public PlanVersionView {
        instructions = Map.copyOf(instructions);
    }
}
