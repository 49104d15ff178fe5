package com.stepwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One scored questionnaire on one date, with its answers kept to explain the score. */
@Entity
@Table(name = "outcome_measure")
class OutcomeMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private MeasureKind kind;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "score", nullable = false, precision = 4, scale = 1)
    private BigDecimal score;

    @Column(name = "band", length = 40)
    private String band;

    /** ODI: sections answered; PSFS: activities rated. */
    @Column(name = "answered")
    private Integer answered;

    /**
     * Results with the same value here may be compared for a meaningful change: "ODI" for a complete Oswestry, a
     * digest of the activities for a functional scale; null for an incomplete questionnaire, compared with nothing.
     */
    @Column(name = "comparable_as", length = 64)
    private String comparableAs;

    @Column(name = "answers", nullable = false, length = 4000)
    private String answers;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by_name", nullable = false, length = 120)
    private String createdByName;

    protected OutcomeMeasure() {
    }

    OutcomeMeasure(long clinicId, long clientId, MeasureKind kind, LocalDate measuredOn, BigDecimal score,
                   String band, int answered, String comparableAs, String answers, Instant createdAt,
                   String createdByName) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.kind = kind;
        this.measuredOn = measuredOn;
        this.score = score;
        this.band = band;
        this.answered = answered;
        this.comparableAs = comparableAs;
        this.answers = answers;
        this.createdAt = createdAt;
        this.createdByName = createdByName;
    }

    MeasureKind getKind() {
        return kind;
    }

    LocalDate getMeasuredOn() {
        return measuredOn;
    }

    BigDecimal getScore() {
        return score;
    }

    String getBand() {
        return band;
    }

    Integer getAnswered() {
        return answered;
    }

    String getComparableAs() {
        return comparableAs;
    }

    String getCreatedByName() {
        return createdByName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeMeasure other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
