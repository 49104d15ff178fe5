package com.stepwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link to set a password (an invitation or a reset). Only a hash of its token is stored, so a copy of the
 * database gives no way in; it works once, until it expires.
 */
@Entity
@Table(name = "password_link")
class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinician_id", nullable = false)
    private long clinicianId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_by_name", nullable = false, length = 120)
    private String createdByName;

    protected PasswordLink() {
    }

    PasswordLink(long clinicianId, String tokenHash, Instant now, Instant expiresAt, String createdBy) {
        this.clinicianId = clinicianId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.createdByName = createdBy;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    long getClinicianId() {
        return clinicianId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordLink other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
