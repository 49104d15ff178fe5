package com.stepwise.base.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited change set (Hibernate Envers): when, and which clinician made it. */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_at", nullable = false)
    private long revisionAt;

    @Column(name = "clinician_id")
    private Long clinicianId;

    @Column(name = "clinician_name", length = 120)
    private String clinicianName;

    public Long getId() {
        return id;
    }

    public Instant at() {
        return Instant.ofEpochMilli(revisionAt);
    }

    public String clinicianName() {
        return clinicianName == null ? "Stepwise" : clinicianName;
    }

    void madeBy(Long clinicianId, String clinicianName) {
        this.clinicianId = clinicianId;
        this.clinicianName = clinicianName;
    }
}
