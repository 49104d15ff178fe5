package com.stepwise.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** "dependent requires required", with the criterion that says when required counts as comfortable. */
@Entity
@Table(name = "prerequisite")
class Prerequisite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Null for built-in edges, which every clinic sees and none may change. */
    @Column(name = "clinic_id")
    private Long clinicId;

    @Column(name = "required_exercise_id", nullable = false)
    private long requiredExerciseId;

    @Column(name = "dependent_exercise_id", nullable = false)
    private long dependentExerciseId;

    @Column(name = "min_sessions", nullable = false)
    private int minSessions;

    @Column(name = "window_days", nullable = false)
    private int windowDays;

    @Column(name = "max_pain", nullable = false)
    private int maxPain;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Prerequisite() {
    }

    Prerequisite(long clinicId, long requiredExerciseId, long dependentExerciseId, Criterion criterion,
                 Instant createdAt) {
        this.clinicId = clinicId;
        this.requiredExerciseId = requiredExerciseId;
        this.dependentExerciseId = dependentExerciseId;
        this.minSessions = criterion.sessions();
        this.windowDays = criterion.windowDays();
        this.maxPain = criterion.maxPain();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Long getClinicId() {
        return clinicId;
    }

    boolean isBuiltIn() {
        return clinicId == null;
    }

    long getRequiredExerciseId() {
        return requiredExerciseId;
    }

    long getDependentExerciseId() {
        return dependentExerciseId;
    }

    Criterion criterion() {
        return new Criterion(minSessions, windowDays, maxPain);
    }

    PrerequisiteGraph.Edge edge() {
        return new PrerequisiteGraph.Edge(requiredExerciseId, dependentExerciseId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prerequisite other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
