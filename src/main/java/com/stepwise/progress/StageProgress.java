package com.stepwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** Which stage of an active plan the client is on, and who moved them there, why if the criteria were not met. */
@Entity
@Table(name = "stage_progress")
@Audited
class StageProgress {

    @Id
    @Column(name = "plan_id")
    private Long planId;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "stage_index", nullable = false)
    private int stageIndex;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by_name", nullable = false, length = 120)
    private String changedByName;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    protected StageProgress() {
    }

    StageProgress(long planId, long clinicId) {
        this.planId = planId;
        this.clinicId = clinicId;
    }

    void moveTo(int stage, String by, String reason, Instant now) {
        this.stageIndex = stage;
        this.changedByName = by;
        this.overrideReason = reason;
        this.changedAt = now;
    }

    int stageIndex() {
        return stageIndex;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedByName() {
        return changedByName;
    }

    String overrideReason() {
        return overrideReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageProgress other && planId != null && planId.equals(other.planId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(planId);
    }
}
