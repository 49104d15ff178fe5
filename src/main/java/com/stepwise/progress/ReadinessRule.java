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
                            boolean redFlag, Integer lastPain, LocalDate evidenceUntil) {

        public boolean painAboveLimit() {
            return lastPain != null && lastPain > criterion.maxPain();
        }

        public boolean met() {
            return !redFlag && !painAboveLimit() && (signedOff || comfortableDays >= criterion.sessions());
        }

        /**
         * The last day this stays met without anything new happening: the day the oldest session it counts on leaves
         * the window; null when a sign-off carries it (a sign-off does not age) or when it is not met.
         */
        public LocalDate metUntil() {
            return !met() || signedOff ? null : evidenceUntil;
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
     * @param logs          the client's logged sessions of the last weeks (any exercise; those outside the window
     *                      count only for the last pain)
     * @param openRedFlag   whether the client has a red flag no clinician has acknowledged yet
     */
    public static Readiness evaluate(long requiredExerciseId, Criterion criterion, List<LoggedExercise> logs,
                                     PrescribedDose dose, boolean signedOff, boolean openRedFlag, LocalDate today) {
        LocalDate from = today.minusDays(criterion.windowDays() - 1L);
        var byDay = byDay(requiredExerciseId, logs, today);
        var qualifying = byDay.entrySet().stream().filter(day -> !day.getKey().isBefore(from))
                .filter(day -> comfortableAtDose(day.getValue(), criterion, dose)).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        // The last time the exercise was logged with a pain score, however long ago within the logs given: pain
        // that was too high stays a reason not to progress until a better day is logged, not until it ages out.
        Integer lastPain = byDay.values().stream()
                .map(day -> day.stream().map(LoggedExercise::pain).filter(p -> p != null).max(Integer::compare))
                .filter(java.util.Optional::isPresent).map(java.util.Optional::get)
                .reduce((earlier, later) -> later).orElse(null);
        LocalDate until = qualifying.size() >= criterion.sessions()
                ? qualifying.get(criterion.sessions() - 1).plusDays(criterion.windowDays() - 1L) : null;
        return new Readiness(requiredExerciseId, criterion, qualifying.size(), signedOff, openRedFlag, lastPain,
                until);
    }

    /**
     * Whether the client ever did the exercise to the criterion: some window of D days in the logs given held N
     * days at the prescribed dose, comfortable, within the pain limit. What a stage the client has left rests on.
     */
    public static boolean everMet(long exerciseId, Criterion criterion, List<LoggedExercise> logs,
                                  PrescribedDose dose, LocalDate today) {
        var days = byDay(exerciseId, logs, today).entrySet().stream()
                .filter(day -> comfortableAtDose(day.getValue(), criterion, dose)).map(Map.Entry::getKey).toList();
        for (int i = 0; i + criterion.sessions() - 1 < days.size(); i++) {
            var last = days.get(i + criterion.sessions() - 1);
            if (last.isBefore(days.get(i).plusDays(criterion.windowDays()))) {
                return true;
            }
        }
        return false;
    }

    private static Map<LocalDate, List<LoggedExercise>> byDay(long exerciseId, List<LoggedExercise> logs,
                                                            LocalDate today) {
        return logs.stream().filter(log -> log.exerciseId() == exerciseId && !log.date().isAfter(today))
                .collect(Collectors.groupingBy(LoggedExercise::date, TreeMap::new, Collectors.toList()));
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
