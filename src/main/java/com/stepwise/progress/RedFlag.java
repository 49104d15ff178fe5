package com.stepwise.progress;

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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * A warning symptom the client reported for a day: a clinical event, open until a clinician acknowledges it with what
 * was done. It never ages out, whatever day it was reported for, and it is never deleted or cleared by a later save.
 */
@Entity
@Table(name = "red_flag")
@Audited
class RedFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "symptom", nullable = false, length = 40)
    private Symptom symptom;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private LogSource source;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_name", nullable = false, length = 120)
    private String recordedByName;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by_id")
    private Long acknowledgedById;

    @Column(name = "acknowledged_by_name", length = 120)
    private String acknowledgedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20)
    private RedFlagAction action;

    @Column(name = "acknowledgement", length = 1000)
    private String acknowledgement;

    protected RedFlag() {
    }

    RedFlag(long clinicId, long clientId, LocalDate reportedOn, Symptom symptom, LogSource source, Instant now,
            String recordedBy, String note) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.reportedOn = reportedOn;
        this.symptom = symptom;
        this.source = source;
        this.recordedAt = now;
        this.recordedByName = recordedBy;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    void acknowledge(RedFlagAction what, String text, long byId, String byName, Instant now) {
        this.action = what;
        this.acknowledgement = text;
        this.acknowledgedById = byId;
        this.acknowledgedByName = byName;
        this.acknowledgedAt = now;
    }

    boolean isOpen() {
        return acknowledgedAt == null;
    }

    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    LocalDate getReportedOn() {
        return reportedOn;
    }

    Symptom getSymptom() {
        return symptom;
    }

    RedFlagView view() {
        return new RedFlagView(id, version, clientId, reportedOn, symptom, source, recordedAt, recordedByName, note,
                acknowledgedAt == null ? null : new RedFlagView.Acknowledgement(action, acknowledgement,
                        acknowledgedByName, acknowledgedAt));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RedFlag other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
