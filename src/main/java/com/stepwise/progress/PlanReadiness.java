package com.stepwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The last evaluation of an active plan's readiness, kept so the Today list can find the clients ready to progress
 * in one query. It is evaluated again on every change that can alter it (logs, red flags, sign-offs, prerequisites,
 * versions, moves), and {@code readyUntil} covers the passage of time, so Today says what the plan page would say.
 */
@Entity
@Table(name = "plan_readiness")
class PlanReadiness {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "ready", nullable = false)
    private boolean ready;

    @Column(name = "evaluated_on", nullable = false)
    private LocalDate evaluatedOn;

    /** While ready, the last day the evidence keeps it so; null when sign-offs carry it. */
    @Column(name = "ready_until")
    private LocalDate readyUntil;

    /** What the client's stage rests on that no longer holds, or null. */
    @Column(name = "review_note", length = 300)
    private String reviewNote;

    protected PlanReadiness() {
    }

    PlanReadiness(long planId, long clinicId, long clientId) {
        this.planId = planId;
        this.clinicId = clinicId;
        this.clientId = clientId;
    }

    void evaluated(boolean isReady, LocalDate until, String review, LocalDate on) {
        this.ready = isReady;
        this.readyUntil = isReady ? until : null;
        this.reviewNote = review == null || review.length() <= 300 ? review : review.substring(0, 299) + "…";
        this.evaluatedOn = on;
    }

    String reviewNote() {
        return reviewNote;
    }

    boolean readyOn(LocalDate day) {
        return ready && (readyUntil == null || !readyUntil.isBefore(day));
    }

    long planId() {
        return planId;
    }

    long clientId() {
        return clientId;
    }
}
