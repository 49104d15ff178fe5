package com.stepwise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock in tests: it follows the real time until a test sets it, then stands still until moved, so a
 * test can report a red flag for a date two weeks back, let three weeks pass, and see what a clinician would see.
 * Tests that move it call {@link #reset()} afterwards, since the Spring context (and so the clock) is shared.
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> fixed;

    public MutableClock(ZoneId zone) {
        this(zone, new AtomicReference<>());
    }

    private MutableClock(ZoneId zone, AtomicReference<Instant> fixed) {
        this.zone = zone;
        this.fixed = fixed;
    }

    /** Stops the clock at noon of the given day. */
    public void setDay(LocalDate day) {
        fixed.set(day.atTime(12, 0).atZone(zone).toInstant());
    }

    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
    }

    public void advanceDays(int days) {
        advance(Duration.ofDays(days));
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(newZone, fixed);
    }

    @Override
    public Instant instant() {
        var at = fixed.get();
        return at == null ? Instant.now() : at;
    }
}
