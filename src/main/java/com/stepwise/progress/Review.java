package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the progress review draws for one client over the last twelve weeks: every logged exercise with its
 * exercise's name, sessions done against prescribed per week, the scored questionnaires, and the timeline.
 */
public record Review(LocalDate from, LocalDate to, List<LoggedExercise> logs, Map<Long, String> exerciseNames,
                     List<WeekAdherence> weeks, List<MeasureResult> measures, List<TimelineEntry> timeline) {

    /** Days with at least one exercise done, against the days the plan asks for, in the week starting on Monday. */
    public record WeekAdherence(LocalDate monday, int sessionsDone, int sessionsPrescribed) {

        public double percent() {
            return sessionsPrescribed == 0 ? 0 : 100.0 * sessionsDone / sessionsPrescribed;
        }
    }
}
