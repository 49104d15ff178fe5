package com.stepwise.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** One version of a plan's content. Frozen once activated: later edits go into a new version. */
@Entity
@Table(name = "plan_version")
@Audited
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private VersionState state = VersionState.DRAFT;

    @Convert(converter = PlanContentJson.class)
    @Column(name = "content", nullable = false, length = 200_000)
    private PlanContent content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_name", nullable = false, length = 120)
    private String createdByName;

    @Convert(converter = InstructionsJson.class)
    @Column(name = "instructions", length = 200_000)
    private Map<Long, PrescribedInstructions> instructions;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "activated_by_name", length = 120)
    private String activatedByName;

    protected PlanVersion() {
    }

    PlanVersion(long planId, int number, PlanContent content, Instant now, String createdBy) {
        this.planId = planId;
        this.number = number;
        this.content = content;
        this.createdAt = now;
        this.createdByName = createdBy;
    }

    void replaceContent(PlanContent newContent) {
        if (state != VersionState.DRAFT) {
            throw new IllegalStateException("Version " + number + " is frozen");
        }
        this.content = newContent;
    }

    /** Freezes the version with the instructions its exercises have now, which its handouts will print. */
    void activate(Instant now, String by, Map<Long, PrescribedInstructions> prescribedInstructions) {
        this.instructions = Map.copyOf(prescribedInstructions);
        this.state = VersionState.ACTIVE;
        this.activatedAt = now;
        this.activatedByName = by;
    }

    void supersede() {
        this.state = VersionState.SUPERSEDED;
    }

    PlanVersionView view() {
        return new PlanVersionView(id, number, state, content, createdAt, createdByName, activatedAt,
                activatedByName, instructions == null ? Map.of() : instructions);
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    int getNumber() {
        return number;
    }

    VersionState getState() {
        return state;
    }

    PlanContent getContent() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanVersion other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
