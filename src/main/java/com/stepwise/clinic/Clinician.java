package com.stepwise.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

@Entity
@Table(name = "clinician")
@Audited
class Clinician {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Clinic clinic;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    @NotAudited
    private String passwordHash;

    @Column(name = "role", nullable = false, length = 20)
    private String role;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Clinician() {
    }

    Clinician(Clinic clinic, String email, String displayName, String passwordHash, String role, Instant createdAt) {
        this.clinic = clinic;
        this.email = normaliseEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    Long getId() {
        return id;
    }

    Clinic getClinic() {
        return clinic;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    /** The same password, hashed again with the current algorithm. */
    void rehash(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void changeRole(String newRole) {
        this.role = newRole;
    }

    /** Deactivated clinicians cannot sign in; their names stay on everything they recorded. */
    void setActive(boolean isActive) {
        this.active = isActive;
    }

    long getVersion() {
        return version;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getRole() {
        return role;
    }

    boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clinician other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
