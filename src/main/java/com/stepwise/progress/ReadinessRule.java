package com.stepwise.progress;

import com.stepwise.progression.Criterion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When a prerequisite counts as met from the client's own record: at least N days within the last D days (today
 * included) on which the required exercise was done at the prescribed dose and felt comfortable with pain at most P;
 * or a clinician's sign-off. Whatever else holds, an open red flag, or pain above P the last time the exercise was
 * logged, means not met, sign-off included.
 * <p>
 * "At the prescribed dose" on a day means as many sessions done as the times per day prescribed (morning and
 * evening is two; one when no times are set), each with at least the prescribed sets where sets are prescribed; and
 * every session done that day comfortable with pain at most P (a painful evening spoils the comfortable morning).
 */
public final class ReadinessRule {

    /** The evaluation of one prerequisite, as the plan page shows it. */
    public record Readiness(long requiredExerciseId, Criterion criterion, int comfortableDays, boolean signedOff,
                            boolean redFlag, Integer lastPain) {

        public boolean painAboveLimit() {
            return lastPain != null && lastPain > criterion.maxPain();
        }

        public boolean met() {
            return !redFlag && !painAboveLimit() && (signedOff || comfortableDays >= criterion.sessions());
        }

        /** "Gluteal stretches, part 1: 2 of 3 comfortable days with pain ≤ 3 in the last 14 days". */
        public String inWords(String requiredName) {
            var text = requiredName + ": " + Math.min(comfortableDays, criterion.sessions()) + " of "
                    + criterion.sessions() + " comfortable days at the prescribed dose with pain ≤ "
                    + criterion.maxPain() + " in the last " + criterion.windowDays() + " days";
            if (signedOff) {
                text += " (signed off by a clinician)";
            }
            if (painAboveLimit()) {
                text += "; pain was " + lastPain + " the last time, above the limit of " + criterion.maxPain();
            }
            if (redFlag) {
                text += "; a red flag is open, so progressing waits for a clinician to acknowledge it";
            }
            return text;
        }
    }

    /** The dose the required exercise was prescribed at: sets (null when not set) and times a day (null is once). */
    public record PrescribedDose(Integer sets, Integer timesPerDay) {

        public static final PrescribedDose ONCE = new PrescribedDose(null, null);

        int sessionsPerDay() {
            return timesPerDay == null ? 1 : timesPerDay;
        }
    }

    private ReadinessRule() {
    }

    /**
     * @param logs          the client's logged sessions (any exercise, any day; those outside the window are ignored)
     * @param openRedFlag   whether the client has a red flag no clinician has acknowledged yet
     */
    public static Readiness evaluate(long requiredExerciseId, Criterion criterion, List<LoggedExercise> logs,
                                     PrescribedDose dose, boolean signedOff, boolean openRedFlag, LocalDate today) {
        LocalDate from = today.minusDays(criterion.windowDays() - 1L);
        Map<LocalDate, List<LoggedExercise>> byDay = logs.stream()
                .filter(log -> log.exerciseId() == requiredExerciseId)
                .filter(log -> !log.date().isBefore(from) && !log.date().isAfter(today))
                .collect(Collectors.groupingBy(LoggedExercise::date, TreeMap::new, Collectors.toList()));
        int comfortableDays = (int) byDay.values().stream()
                .filter(day -> comfortableAtDose(day, criterion, dose)).count();
        Integer lastPain = byDay.values().stream()
                .map(day -> day.stream().map(LoggedExercise::pain).filter(p -> p != null).max(Integer::compare))
                .filter(java.util.Optional::isPresent).map(java.util.Optional::get)
                .reduce((earlier, later) -> later).orElse(null);
        return new Readiness(requiredExerciseId, criterion, comfortableDays, signedOff, openRedFlag, lastPain);
    }

    private static boolean comfortableAtDose(List<LoggedExercise> day, Criterion criterion, PrescribedDose dose) {
        var done = day.stream().filter(LoggedExercise::done).toList();
        long atDose = done.stream()
                .filter(log -> dose.sets() == null || log.setsDone() != null && log.setsDone() >= dose.sets())
                .count();
        boolean allComfortable = done.stream().allMatch(log -> log.feeling() == Feeling.COMFORTABLE
                && log.pain() != null && log.pain() <= criterion.maxPain());
        return atDose >= dose.sessionsPerDay() && allComfortable;
    }
}
