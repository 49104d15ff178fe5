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

    @Column(name = "basis", length = 300)
    private String basis;

    @Column(name = "reasoned", length = 2000)
    private String reasoned;

    protected StageProgress() {
    }

    StageProgress(long planId, long clinicId) {
        this.planId = planId;
        this.clinicId = clinicId;
    }

    /**
     * @param reason the clinician's reason when the evidence did not carry the move, else null
     * @param why    what the move rests on, in words, for the plan page
     */
    void moveTo(int stage, String by, String reason, String why, Instant now) {
        this.stageIndex = stage;
        this.changedByName = by;
        this.overrideReason = reason;
        this.basis = why == null ? null : why.length() > 300 ? why.substring(0, 299) + "…" : why;
        this.changedAt = now;
    }

    String basis() {
        return basis;
    }

    /** The exercises the client was moved past with a written reason since the version was activated. */
    java.util.Set<Long> reasoned() {
        if (reasoned == null || reasoned.isBlank()) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(reasoned.split(",")).map(Long::valueOf)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Sets the exercises passed with a reason; a version's activation starts again from none. */
    void passedWithReason(java.util.Set<Long> exercises) {
        var text = exercises.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
        if (text.length() > 2000) {
            throw new com.stepwise.base.UserFacingException("This plan has too many exercises passed with a reason: "
                    + "activate a new version that places the client by what they have done.");
        }
        this.reasoned = text.isEmpty() ? null : text;
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
