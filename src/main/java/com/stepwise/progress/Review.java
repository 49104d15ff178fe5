package com.stepwise.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the progress review draws for one client over the last twelve weeks: every logged exercise with its
 * exercise's name, sessions done against prescribed per week, the scored questionnaires, and the timeline.
 */
public record Review(LocalDate from, LocalDate to, List<LoggedExercise> logs, Map<Long, String> exerciseNames,
                     List<WeekAdherence> weeks, List<MeasureResult> measures, List<TimelineEntry> timeline) {

    /**
     * The mean pain of the last seven days against the seven before, with whether the change is meaningful (2 points
     * or more); empty without a rating in both weeks.
     */
    public Optional<String> painChangeInWords() {
        var lastWeek = meanPain(to.minusDays(6), to);
        var weekBefore = meanPain(to.minusDays(13), to.minusDays(7));
        if (lastWeek.isEmpty() || weekBefore.isEmpty()) {
            return Optional.empty();
        }
        var before = BigDecimal.valueOf(weekBefore.getAsDouble()).setScale(1, RoundingMode.HALF_UP);
        var after = BigDecimal.valueOf(lastWeek.getAsDouble()).setScale(1, RoundingMode.HALF_UP);
        return Optional.of("Pain during the exercises: mean " + after + " / 10 in the last seven days, " + before
                + " in the seven before. " + Change.pain(before, after).label() + ".");
    }

    private OptionalDouble meanPain(LocalDate from, LocalDate until) {
        return logs.stream().filter(log -> log.pain() != null && !log.date().isBefore(from)
                && !log.date().isAfter(until)).mapToInt(LoggedExercise::pain).average();
    }

    /** Days with at least one exercise done, against the days the plan asks for, in the week starting on Monday. */
    public record WeekAdherence(LocalDate monday, int sessionsDone, int sessionsPrescribed) {

        public double percent() {
            return sessionsPrescribed == 0 ? 0 : 100.0 * sessionsDone / sessionsPrescribed;
        }
    }

    /**
     * Changes whenever anything the charts draw changes (the logs, the weeks, the questionnaires, the day): part of
     * the charts' addresses, so a browser never shows an old chart and never fetches an unchanged one twice.
     */
    public String fingerprint() {
        return Integer.toHexString(java.util.Objects.hash(to, logs, weeks, measures, exerciseNames));
    }
}
