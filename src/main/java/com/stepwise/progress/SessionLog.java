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
import java.util.EnumSet;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** One exercise on one day. Never deleted: a correction updates it, and the audit trail keeps what it was. */
@Entity
@Table(name = "session_log")
@Audited
class SessionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Column(name = "log_date", nullable = false)
    private LocalDate logDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "sets_done")
    private Integer setsDone;

    @Column(name = "pain")
    private Integer pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeling", length = 16)
    private Feeling feeling;

    @Column(name = "numbness", nullable = false)
    private boolean numbness;

    @Column(name = "leg_weakness", nullable = false)
    private boolean legWeakness;

    @Column(name = "sharp_pain", nullable = false)
    private boolean sharpPain;

    @Column(name = "bladder_bowel", nullable = false)
    private boolean bladderBowel;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionLog() {
    }

    SessionLog(long clinicId, long clientId, long exerciseId, LocalDate logDate, Instant now) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.exerciseId = exerciseId;
        this.logDate = logDate;
        this.createdAt = now;
    }

    void record(LoggedExercise entry, String newNote, Instant now) {
        this.done = entry.done();
        this.setsDone = entry.setsDone();
        this.pain = entry.pain();
        this.feeling = entry.feeling();
        this.numbness = entry.symptoms().contains(Symptom.NUMBNESS_OR_TINGLING);
        this.legWeakness = entry.symptoms().contains(Symptom.NEW_LEG_WEAKNESS);
        this.sharpPain = entry.symptoms().contains(Symptom.SHARP_OR_SHOOTING_PAIN);
        this.bladderBowel = entry.symptoms().contains(Symptom.BLADDER_OR_BOWEL_CHANGES);
        if (newNote != null) {
            this.note = newNote.isBlank() ? null : newNote.strip();
        }
        this.updatedAt = now;
    }

    LoggedExercise entry() {
        var symptoms = EnumSet.noneOf(Symptom.class);
        if (numbness) {
            symptoms.add(Symptom.NUMBNESS_OR_TINGLING);
        }
        if (legWeakness) {
            symptoms.add(Symptom.NEW_LEG_WEAKNESS);
        }
        if (sharpPain) {
            symptoms.add(Symptom.SHARP_OR_SHOOTING_PAIN);
        }
        if (bladderBowel) {
            symptoms.add(Symptom.BLADDER_OR_BOWEL_CHANGES);
        }
        return new LoggedExercise(logDate, exerciseId, done, setsDone, pain, feeling, symptoms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionLog other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
