package com.stepwise.clientlink;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A client's own link to one plan: issued when the plan's handout is first printed or e-mailed (or on the clinician's
 * request), ended when the clinician revokes it or the plan ends. Never deleted; the audit history keeps each use.
 */
@Entity
@Table(name = "client_link")
@Audited
class ClientLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @NotAudited
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @NotAudited
    @Column(name = "salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by_name", nullable = false, length = 120)
    private String issuedByName;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by_name", length = 120)
    private String endedByName;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "report_days", nullable = false)
    private int reportDays;

    protected ClientLink() {
    }

    ClientLink(long clinicId, long clientId, long planId, String salt, String tokenHash, Instant now,
               String issuedBy) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.planId = planId;
        this.salt = salt;
        this.tokenHash = tokenHash;
        this.issuedAt = now;
        this.issuedByName = issuedBy;
    }

    void end(Instant now, String by) {
        if (endedAt == null) {
            endedAt = now;
            endedByName = by;
        }
    }

    /** Whether the client has already reported through the link on this day. */
    boolean usedOn(LocalDate day, ZoneId zone) {
        return lastUsedAt != null && LocalDate.ofInstant(lastUsedAt, zone).equals(day);
    }

    /** A report through the link, kept once a day: when it was last used, and on how many days. */
    void reported(Instant now, LocalDate day, ZoneId zone) {
        if (!usedOn(day, zone)) {
            lastUsedAt = now;
            reportDays++;
        }
    }

    boolean live() {
        return endedAt == null;
    }

    Long getId() {
        return id;
    }

    long clinicId() {
        return clinicId;
    }

    long clientId() {
        return clientId;
    }

    long planId() {
        return planId;
    }

    String salt() {
        return salt;
    }

    ClientLinkStatus status(String address) {
        return new ClientLinkStatus(id, planId, address, issuedAt, issuedByName, endedAt, endedByName, lastUsedAt,
                reportDays);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientLink other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
