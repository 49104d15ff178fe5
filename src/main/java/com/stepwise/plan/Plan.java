package com.stepwise.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A client's plan. Its content lives in {@link PlanVersion}s; every save touches the plan itself, so its
 * {@code @Version} tells a second clinician that someone else saved first.
 */
@Entity
@Table(name = "plan")
@Audited
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "title", nullable = false, length = 120)
    private String title;

    @Column(name = "goal", length = 500)
    private String goal;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private PlanStatus status = PlanStatus.DRAFT;

    /** The client's id while this plan is active, else null: unique, so a client has one active plan at most. */
    @Column(name = "active_client_id")
    @NotAudited
    private Long activeClientId;

    /**
     * What a clinician must review in the active version (a prerequisite added since, a sign-off withdrawn), or null.
     * Derived data, kept current by {@link PlanService}; excluded from the optimistic lock, so a note set while a
     * colleague edits the plan never turns their save into a conflict.
     */
    @Column(name = "review_note", length = 300)
    @NotAudited
    @OptimisticLock(excluded = true)
    private String reviewNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Plan() {
    }

    Plan(long clinicId, long clientId, String title, String goal, Instant now) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        describe(title, goal, now);
        this.createdAt = now;
    }

    void describe(String newTitle, String newGoal, Instant now) {
        this.title = newTitle.strip();
        this.goal = newGoal == null || newGoal.isBlank() ? null : newGoal.strip();
        this.updatedAt = now;
    }

    void changeStatus(PlanStatus newStatus, Instant now) {
        this.status = newStatus;
        this.activeClientId = newStatus == PlanStatus.ACTIVE ? clientId : null;
        this.updatedAt = now;
    }

    /** Marks the plan changed so concurrent editors meet the optimistic lock. */
    void touch(Instant now) {
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getClientId() {
        return clientId;
    }

    String getTitle() {
        return title;
    }

    String getGoal() {
        return goal;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getReviewNote() {
        return reviewNote;
    }

    void noteForReview(String note) {
        this.reviewNote = note;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plan other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
