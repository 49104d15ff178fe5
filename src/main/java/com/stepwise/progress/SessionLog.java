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
 * One session of one exercise on one day: one box of the paper sheet. Never deleted: a correction updates it, and
 * the audit trail keeps what it was. Warning symptoms are not kept here but as {@link RedFlag}s, which only a
 * clinician's acknowledgement closes.
 */
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

    @Column(name = "session_no", nullable = false)
    private int sessionNo;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "sets_done")
    private Integer setsDone;

    @Column(name = "pain")
    private Integer pain;

    @Enumerated(EnumType.STRING)
    @Column(name = "feeling", length = 16)
    private Feeling feeling;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private LogSource source;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SessionLog() {
    }

    SessionLog(long clinicId, SheetCell cell, long clientId, Instant now) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.exerciseId = cell.exerciseId();
        this.logDate = cell.date();
        this.sessionNo = cell.session();
        this.createdAt = now;
    }

    /** Writes the box's new value; a null note keeps the note already recorded. */
    void record(CellValue value, String newNote, LogSource from, Instant now) {
        this.done = value.done();
        this.setsDone = value.setsDone();
        this.pain = value.pain();
        this.feeling = value.feeling();
        this.source = from;
        if (newNote != null) {
            this.note = newNote.isBlank() ? null : newNote.strip();
        }
        this.updatedAt = now;
    }

    SheetCell cell() {
        return new SheetCell(exerciseId, logDate, sessionNo);
    }

    CellValue value() {
        return new CellValue(done, done ? setsDone : null, done ? feeling : null, pain);
    }

    String note() {
        return note;
    }

    LogSource source() {
        return source;
    }

    LoggedExercise entry() {
        return new LoggedExercise(logDate, exerciseId, sessionNo, done, setsDone, pain, feeling);
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
