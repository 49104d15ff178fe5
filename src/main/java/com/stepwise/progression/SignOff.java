package com.stepwise.progression;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * "The client performs this exercise comfortably", dated, attributed and with a note of what was seen. A clinical
 * record: never deleted; withdrawn with a reason when it no longer holds.
 */
@Entity
@Table(name = "sign_off")
@Audited
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "signed_by_id", nullable = false)
    private long signedById;

    @Column(name = "signed_by_name", nullable = false, length = 120)
    private String signedByName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by_name", length = 120)
    private String withdrawnByName;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    protected SignOff() {
    }

    SignOff(long clinicId, long clientId, long exerciseId, long signedById, String signedByName, Instant signedAt,
            String note) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.exerciseId = exerciseId;
        this.signedById = signedById;
        this.signedByName = signedByName;
        this.signedAt = signedAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** No longer true: kept in the record with who withdrew it, when and why. */
    void withdraw(String by, String reason, Instant now) {
        this.withdrawnByName = by;
        this.withdrawalReason = reason;
        this.withdrawnAt = now;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    long getExerciseId() {
        return exerciseId;
    }

    long getClientId() {
        return clientId;
    }

    SignOffView view(String exerciseName) {
        return new SignOffView(id, clientId, exerciseId, exerciseName, signedByName, signedAt, note,
                withdrawnAt == null ? null : new SignOffView.Withdrawal(withdrawnByName, withdrawnAt,
                        withdrawalReason));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignOff other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
