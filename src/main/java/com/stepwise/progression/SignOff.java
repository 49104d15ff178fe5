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

/** "The client performs this exercise comfortably", dated and attributed. A clinical record: never deleted. */
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

    long getExerciseId() {
        return exerciseId;
    }

    SignOffView view(String exerciseName) {
        return new SignOffView(id, clientId, exerciseId, exerciseName, signedByName, signedAt, note);
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
