package com.stepwise.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the Today list needs to know about one client, kept current in the same transaction as every change that can
 * alter it, so Today reads these rows and never the logs. What depends on the passage of time is kept as a date that
 * Today compares with the day: a client goes quiet, a week of rising pain ends, evidence leaves its window, all
 * without a write. Every value can be computed again from the client's record ({@link ProgressService} does, after
 * each change).
 */
@Entity
@Table(name = "client_attention")
class ClientAttention {

    /** Long enough for both review notes the app keeps (300 characters each) and the separator. */
    static final int REVIEW_LENGTH = 700;

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "client_name", nullable = false, length = 250)
    private String clientName;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "last_log_day")
    private LocalDate lastLogDay;

    @Column(name = "quiet_from")
    private LocalDate quietFrom;

    @Column(name = "pain_up_until")
    private LocalDate painUpUntil;

    @Column(name = "urgent_flags", nullable = false)
    private int urgentFlags;

    @Column(name = "other_flags", nullable = false)
    private int otherFlags;

    @Column(name = "ready", nullable = false)
    private boolean ready;

    @Column(name = "ready_until")
    private LocalDate readyUntil;

    @Column(name = "review_note", length = REVIEW_LENGTH)
    private String reviewNote;

    protected ClientAttention() {
    }

    ClientAttention(long clinicId, long clientId, String clientName) {
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.clientName = clientName;
    }

    void rename(String fullName) {
        this.clientName = fullName;
    }

    /** The client's logs: the last day anything was logged, and whether pain rose in the last week logged. */
    void logged(LocalDate lastDay, boolean painRoseInLastWeekLogged) {
        this.lastLogDay = lastDay;
        this.painUpUntil = lastDay != null && painRoseInLastWeekLogged ? lastDay.plusDays(6) : null;
    }

    void redFlags(int urgent, int other) {
        this.urgentFlags = urgent;
        this.otherFlags = other;
    }

    /**
     * The plan the client follows (null for none), since when, and what its last readiness evaluation found. The
     * client goes quiet {@value ProgressService#QUIET_DAYS} days after the later of the activation and the last log.
     */
    void following(Long plan, LocalDate activeSince, boolean isReady, LocalDate until, String review) {
        this.planId = plan;
        if (plan == null) {
            this.quietFrom = null;
        } else {
            var since = lastLogDay == null || activeSince.isAfter(lastLogDay) ? activeSince : lastLogDay;
            this.quietFrom = since.plusDays(ProgressService.QUIET_DAYS);
        }
        this.ready = plan != null && isReady;
        this.readyUntil = this.ready ? until : null;
        this.reviewNote = review == null || review.length() <= REVIEW_LENGTH ? review
                : review.substring(0, REVIEW_LENGTH - 1) + "…";
    }

    long clientId() {
        return clientId;
    }

    String clientName() {
        return clientName;
    }

    boolean hasOpenRedFlags() {
        return urgentFlags + otherFlags > 0;
    }

    String reviewNote() {
        return reviewNote;
    }

    LocalDate lastLogDay() {
        return lastLogDay;
    }

    /** Every reason this client is on Today's list on the day, the most urgent first (the order of the enum). */
    java.util.List<Attention.Reason> reasonsOn(LocalDate day) {
        var reasons = new java.util.ArrayList<Attention.Reason>();
        if (urgentFlags > 0) {
            reasons.add(Attention.Reason.URGENT_RED_FLAG);
        }
        if (otherFlags > 0) {
            reasons.add(Attention.Reason.RED_FLAG);
        }
        if (reviewNote != null) {
            reasons.add(Attention.Reason.NEEDS_REVIEW);
        }
        if (painUpUntil != null && !painUpUntil.isBefore(day)) {
            reasons.add(Attention.Reason.PAIN_UP);
        }
        if (ready && (readyUntil == null || !readyUntil.isBefore(day))) {
            reasons.add(Attention.Reason.READY_TO_PROGRESS);
        }
        if (quietFrom != null && !quietFrom.isAfter(day)) {
            reasons.add(Attention.Reason.NO_RECENT_LOG);
        }
        return reasons;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientAttention other && clientId != null && clientId.equals(other.clientId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(clientId);
    }
}
