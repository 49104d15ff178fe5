package com.stepwise.progress;

import com.stepwise.progression.Criterion;
import java.time.LocalDate;
import java.util.List;

/**
 * When a prerequisite counts as met from the client's own record: at least N logged days of the required exercise
 * within the last D days (today included) on which it was done at the prescribed dose, rated comfortable, with pain
 * at most P; or a clinician's sign-off. A red-flag symptom anywhere in the window blocks progressing, sign-off or
 * not, until a clinician has looked.
 */
public final class ReadinessRule {

    /** The evaluation of one prerequisite, as the plan page shows it. */
    public record Readiness(long requiredExerciseId, Criterion criterion, int comfortableDays, boolean signedOff,
                            boolean redFlag) {

        public boolean met() {
            return !redFlag && (signedOff || comfortableDays >= criterion.sessions());
        }

        /** "Gluteal stretches, part 1: 2 of 3 comfortable sessions with pain ≤ 3 in the last 14 days". */
        public String inWords(String requiredName) {
            var text = requiredName + ": " + Math.min(comfortableDays, criterion.sessions()) + " of "
                    + criterion.sessions() + " comfortable sessions with pain ≤ " + criterion.maxPain()
                    + " in the last " + criterion.windowDays() + " days";
            if (signedOff) {
                text += " (signed off by a clinician)";
            }
            if (redFlag) {
                text += "; a red-flag symptom was reported, so progressing waits for a clinician";
            }
            return text;
        }
    }

    private ReadinessRule() {
    }

    /**
     * @param logs          the client's logged exercises (any exercise; red flags count whichever exercise)
     * @param prescribedSets the sets prescribed for the required exercise, or null when no sets are set
     */
    public static Readiness evaluate(long requiredExerciseId, Criterion criterion, List<LoggedExercise> logs,
                                     Integer prescribedSets, boolean signedOff, LocalDate today) {
        LocalDate from = today.minusDays(criterion.windowDays() - 1L);
        var inWindow = logs.stream().filter(log -> !log.date().isBefore(from) && !log.date().isAfter(today))
                .toList();
        boolean redFlag = inWindow.stream().anyMatch(LoggedExercise::redFlag);
        int comfortableDays = (int) inWindow.stream()
                .filter(log -> log.exerciseId() == requiredExerciseId)
                .filter(LoggedExercise::done)
                .filter(log -> prescribedSets == null || log.setsDone() != null && log.setsDone() >= prescribedSets)
                .filter(log -> log.feeling() == Feeling.COMFORTABLE)
                .filter(log -> log.pain() != null && log.pain() <= criterion.maxPain())
                .map(LoggedExercise::date).distinct().count();
        return new Readiness(requiredExerciseId, criterion, comfortableDays, signedOff, redFlag);
    }
}
