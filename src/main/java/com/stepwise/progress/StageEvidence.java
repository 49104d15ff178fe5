package com.stepwise.progress;

import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.plan.StageContent;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.CriterionEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The client's record against one plan's content, as plain Java: the stage rules built on {@link ReadinessRule}.
 * What leaving a stage needs, whether an exercise was ever done to its criteria, where a new version places the
 * client, and what the current stage rests on that no longer holds.
 *
 * @param logs      the client's logged sessions of the last year
 * @param signedOff the exercises with a current sign-off
 * @param redFlag   whether a red flag is open
 */
record StageEvidence(PlanContent content, List<CriterionEdge> edges, List<LoggedExercise> logs, Set<Long> signedOff,
                     boolean redFlag, LocalDate today) {

    /** How far back readiness looks: the longest criterion window the graph allows. */
    static final int LONGEST_WINDOW_DAYS = 90;

    /** Where a new version places the client, and the first exercise not done that stopped them there (or null). */
    record Placement(int stage, Long notDone) {
    }

    /**
     * The criteria for leaving a stage with this exercise: that of every prerequisite it is (each exercise it unlocks
     * may ask for more), or the default when it unlocks nothing.
     */
    List<Criterion> exitCriteria(long exerciseId) {
        var criteria = edges.stream().filter(edge -> edge.required() == exerciseId).map(CriterionEdge::criterion)
                .distinct().toList();
        return criteria.isEmpty() ? List.of(Criterion.DEFAULT) : criteria;
    }

    List<CriterionEdge> requirementsOf(long exerciseId) {
        return edges.stream().filter(edge -> edge.dependent() == exerciseId).toList();
    }

    /** Met now, in its window: what advancing rests on. */
    ReadinessRule.Readiness evaluate(long exerciseId, Criterion criterion, int upToStage) {
        var recent = logs.stream().filter(log -> !log.date().isBefore(today.minusDays(LONGEST_WINDOW_DAYS))).toList();
        return ReadinessRule.evaluate(exerciseId, criterion, recent, dose(exerciseId, upToStage),
                signedOff.contains(exerciseId), redFlag, today);
    }

    /** Done to each of its criteria at some point in the record, or signed off. */
    boolean everDone(long exerciseId, int upToStage) {
        return signedOff.contains(exerciseId) || exitCriteria(exerciseId).stream().allMatch(criterion ->
                ReadinessRule.everMet(exerciseId, criterion, logs, dose(exerciseId, upToStage), today));
    }

    /** The first exercise of the stages {@code from} to {@code to} (excluded) that was never done to its criteria. */
    Optional<Long> firstNotDone(int from, int to) {
        return content.stages().subList(from, to).stream().flatMap(s -> s.prescriptions().stream())
                .map(PrescriptionContent::exerciseId).filter(id -> !everDone(id, from)).findFirst();
    }

    /**
     * Where this version places a client who stood on stage {@code was} of the previous one: on the first stage not
     * done, a stage being done when each of its exercises stood in a stage the client had left and was done to its
     * criteria at some point (or is signed off). Never past the last stage; never copied from the old index.
     */
    Placement placementAfter(PlanContent previous, int was) {
        int left = Math.min(Math.max(was, 0), previous.stages().size() - 1);
        var passed = new HashSet<Long>();
        previous.stages().subList(0, Math.max(left, 0)).forEach(s -> s.prescriptions()
                .forEach(p -> passed.add(p.exerciseId())));
        var stages = content.stages();
        int stage = 0;
        while (stage < stages.size() - 1) {
            var notDone = stages.get(stage).prescriptions().stream().map(PrescriptionContent::exerciseId)
                    .filter(id -> !passed.contains(id) || !everDone(id, Integer.MAX_VALUE)).findFirst();
            if (notDone.isPresent()) {
                return new Placement(stage, notDone.get());
            }
            stage++;
        }
        return new Placement(stage, null);
    }

    /**
     * What the stage rests on that no longer holds: each prerequisite of one of its exercises that is neither signed
     * off, overridden by name, passed with a written reason, nor ever done to its criteria (a sign-off withdrawn, a
     * prerequisite added since), as {exercise, prerequisite}.
     */
    List<long[]> unsupported(StageContent stage, Set<Long> reasoned) {
        var problems = new ArrayList<long[]>();
        for (var prescription : stage.prescriptions()) {
            for (var edge : requirementsOf(prescription.exerciseId())) {
                long required = edge.required();
                // everDone counts a current sign-off too.
                if (prescription.overrideOf(required).isEmpty() && !reasoned.contains(required)
                        && !everDone(required, Integer.MAX_VALUE)) {
                    problems.add(new long[] {prescription.exerciseId(), required});
                }
            }
        }
        return problems;
    }

    /**
     * The dose the exercise is prescribed at in the given stage or the nearest before it, else where it first stands
     * after it; once a day if the plan does not hold it.
     */
    ReadinessRule.PrescribedDose dose(long exerciseId, int upToStage) {
        var stages = content.stages();
        int from = Math.min(upToStage, stages.size() - 1);
        for (int stage = from; stage >= 0; stage--) {
            var found = doseIn(stages.get(stage), exerciseId);
            if (found != null) {
                return found;
            }
        }
        for (int stage = from + 1; stage < stages.size(); stage++) {
            var found = doseIn(stages.get(stage), exerciseId);
            if (found != null) {
                return found;
            }
        }
        return ReadinessRule.PrescribedDose.ONCE;
    }

    private static ReadinessRule.PrescribedDose doseIn(StageContent stage, long exerciseId) {
        return stage.prescriptions().stream().filter(p -> p.exerciseId() == exerciseId).findFirst()
                .map(p -> new ReadinessRule.PrescribedDose(p.dose().sets(), p.dose().timesPerDay())).orElse(null);
    }
}
