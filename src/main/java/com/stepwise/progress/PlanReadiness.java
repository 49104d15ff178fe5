package com.stepwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The last evaluation of an active plan's readiness, kept so the Today list can find the clients ready to progress
 * in one query. Only a prompt: the plan page and advancing always evaluate the logs afresh.
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

    protected PlanReadiness() {
    }

    PlanReadiness(long planId, long clinicId, long clientId) {
        this.planId = planId;
        this.clinicId = clinicId;
        this.clientId = clientId;
    }

    void evaluated(boolean isReady, LocalDate on) {
        this.ready = isReady;
        this.evaluatedOn = on;
    }

    long planId() {
        return planId;
    }

    long clientId() {
        return clientId;
    }
}
