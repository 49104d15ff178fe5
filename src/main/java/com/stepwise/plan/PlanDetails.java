package com.stepwise.plan;

import java.util.List;

/**
 * A plan with its versions, newest first. {@code working} is the latest version: a draft being edited, or the
 * active version when there are no unactivated changes. {@code version} is the optimistic-lock version to send
 * back with any change. {@code reviewNote} says what a clinician must review in the active version, or is null.
 * {@code updatedAt} is when the plan last changed: for a completed or archived plan, when it ended.
 */
public record PlanDetails(long id, long version, long clientId, String title, String goal, PlanStatus status,
                          PlanVersionView working, PlanVersionView active, List<PlanVersionView> versions,
                          String reviewNote, java.time.Instant updatedAt) {

    public PlanDetails {
        versions = List.copyOf(versions);
    }

    public boolean editingDraft() {
        return working.state() == VersionState.DRAFT;
    }
}
