package com.stepwise.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A clinic's reusable plan ("Low back, gentle start"): stages and doses without a client. */
@Entity
@Table(name = "plan_template")
class PlanTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "goal", length = 500)
    private String goal;

    @Convert(converter = PlanContentJson.class)
    @Column(name = "content", nullable = false, length = 200_000)
    private PlanContent content;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlanTemplate() {
    }

    PlanTemplate(long clinicId, String name, String goal, PlanContent content, Instant now) {
        this.clinicId = clinicId;
        this.name = name.strip();
        this.goal = goal == null || goal.isBlank() ? null : goal.strip();
        this.content = content;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    TemplateView view() {
        return new TemplateView(id, name, goal, content);
    }

    PlanContent getContent() {
        return content;
    }

    String getGoal() {
        return goal;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanTemplate other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
