package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.exercise.Dose;
import com.stepwise.exercise.Sides;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.CriterionEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage rules as plain Java: leaving a stage, placing a client on a new version, what a stage rests on. */
class StageEvidenceTest {

    static final long TILT = 1, PART_1 = 2, PART_2 = 3, CAT_COW = 4, KNEE_HUG = 5;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Dose TWICE_A_DAY = new Dose(null, 5, null, null, null, Sides.NONE, 2, 7);
    static final Dose TWO_SETS_ONCE = new Dose(2, 5, null, null, null, Sides.NONE, 1, 7);
    static final List<CriterionEdge> CHAIN = List.of(new CriterionEdge(TILT, PART_1, Criterion.DEFAULT),
            new CriterionEdge(PART_1, PART_2, Criterion.DEFAULT));

    /** Stages of the exercises given, each at the dose. */
    static PlanContent plan(Dose dose, long[]... stages) {
        var content = PlanContent.empty();
        for (var stage : stages) {
            content = content.withStage("Stage " + (content.stages().size() + 1));
            for (long exercise : stage) {
                content = content.withExercise(content.stages().getLast().key(), exercise, dose);
            }
        }
        return content;
    }

    /** Comfortable days of an exercise, every session of a twice-a-day dose. */
    static List<LoggedExercise> comfortableDays(long exercise, int... daysAgo) {
        var logs = new ArrayList<LoggedExercise>();
        for (int ago : daysAgo) {
            for (int session = 1; session <= 2; session++) {
                logs.add(new LoggedExercise(TODAY.minusDays(ago), exercise, session, true, 2, 1,
                        Feeling.COMFORTABLE));
            }
        }
        return logs;
    }

    static StageEvidence evidence(PlanContent content, List<CriterionEdge> edges, List<LoggedExercise> logs,
                                  Set<Long> signedOff) {
        return new StageEvidence(content, edges, logs, signedOff, false, TODAY);
    }

    @Test
    void anExerciseThatUnlocksNothingLeavesItsStageOnTheDefaultCriterion() {
        var custom = List.of(new CriterionEdge(TILT, PART_1, new Criterion(5, 21, 2)));
        var evidence = evidence(plan(TWICE_A_DAY, new long[] {KNEE_HUG}), custom, List.of(), Set.of());
        assertThat(evidence.exitCriteria(KNEE_HUG)).containsExactly(Criterion.DEFAULT);
        assertThat(evidence.exitCriteria(TILT)).containsExactly(new Criterion(5, 21, 2));
    }

    @Test
    void anExerciseLeavesItsStageOnlyWhenEveryCriterionItIsAPrerequisiteWithIsMet() {
        var strict = new Criterion(1, 7, 1);
        var edges = List.of(new CriterionEdge(TILT, PART_1, Criterion.DEFAULT), new CriterionEdge(TILT, CAT_COW,
                strict));
        var evidence = evidence(plan(TWICE_A_DAY, new long[] {TILT}), edges, comfortableDays(TILT, 3, 2, 1),
                Set.of());
        assertThat(evidence.exitCriteria(TILT)).containsExactlyInAnyOrder(Criterion.DEFAULT, strict);
        assertThat(evidence.everDone(TILT, 0)).as("pain 1 meets both").isTrue();
        var painTwo = new ArrayList<LoggedExercise>();
        comfortableDays(TILT, 3, 2, 1).forEach(log -> painTwo.add(new LoggedExercise(log.date(), TILT,
                log.session(), true, 2, 2, Feeling.COMFORTABLE)));
        assertThat(evidence(plan(TWICE_A_DAY, new long[] {TILT}), edges, painTwo, Set.of()).everDone(TILT, 0))
                .as("pain 2 is over the stricter limit of 1").isFalse();
    }

    @Test
    void everDoneCountsAWindowLongAgoAndASignOff() {
        var content = plan(TWICE_A_DAY, new long[] {TILT});
        assertThat(evidence(content, CHAIN, comfortableDays(TILT, 60, 59, 58), Set.of()).everDone(TILT, 0)).isTrue();
        assertThat(evidence(content, CHAIN, comfortableDays(TILT, 60, 50, 40), Set.of()).everDone(TILT, 0))
                .as("three days, but never three within fourteen").isFalse();
        assertThat(evidence(content, CHAIN, List.of(), Set.of(TILT)).everDone(TILT, 0)).isTrue();
        assertThat(evidence(content, CHAIN, List.of(), Set.of()).everDone(TILT, 0)).isFalse();
    }

    @Test
    void evaluatingNowLooksOnlyAtTheWindow() {
        var content = plan(TWICE_A_DAY, new long[] {TILT});
        var evidence = evidence(content, CHAIN, comfortableDays(TILT, 60, 59, 58), Set.of());
        assertThat(evidence.evaluate(TILT, Criterion.DEFAULT, 0).met()).isFalse();
        assertThat(evidence(content, CHAIN, comfortableDays(TILT, 3, 2, 1), Set.of())
                .evaluate(TILT, Criterion.DEFAULT, 0).met()).isTrue();
        assertThat(new StageEvidence(content, CHAIN, comfortableDays(TILT, 3, 2, 1), Set.of(), true, TODAY)
                .evaluate(TILT, Criterion.DEFAULT, 0).met()).as("a red flag is open").isFalse();
    }

    @Test
    void evaluatingNowIgnoresAPainOlderThanTheLongestWindow() {
        var content = plan(TWICE_A_DAY, new long[] {TILT});
        var old = List.of(new LoggedExercise(TODAY.minusDays(100), TILT, 1, true, 2, 8, Feeling.PAINFUL));
        assertThat(evidence(content, CHAIN, old, Set.of(TILT)).evaluate(TILT, Criterion.DEFAULT, 0).met())
                .as("signed off; the painful day is more than 90 days old").isTrue();
        var recent = List.of(new LoggedExercise(TODAY.minusDays(80), TILT, 1, true, 2, 8, Feeling.PAINFUL));
        assertThat(evidence(content, CHAIN, recent, Set.of(TILT)).evaluate(TILT, Criterion.DEFAULT, 0).met())
                .isFalse();
    }

    @Test
    void theDoseIsNeverTheDefaultForAnExerciseTheFirstStageHolds() {
        var content = plan(TWO_SETS_ONCE, new long[] {TILT}, new long[] {PART_1});
        var evidence = evidence(content, CHAIN, List.of(), Set.of());
        assertThat(evidence.dose(TILT, 0)).isEqualTo(new ReadinessRule.PrescribedDose(2, 1));
        assertThat(evidence.dose(PART_1, 0)).as("only after the stage asked").isEqualTo(
                new ReadinessRule.PrescribedDose(2, 1));
        var later = plan(TWO_SETS_ONCE, new long[] {TILT}, new long[] {KNEE_HUG}, new long[] {PART_1});
        assertThat(evidence(later, CHAIN, List.of(), Set.of()).dose(PART_1, 0)).as("two stages on")
                .isEqualTo(new ReadinessRule.PrescribedDose(2, 1));
        var twice = content.withExercise(content.stages().get(1).key(), TILT, TWICE_A_DAY);
        assertThat(evidence(twice, CHAIN, List.of(), Set.of()).dose(TILT, 1)).as("the nearest: this stage's")
                .isEqualTo(new ReadinessRule.PrescribedDose(null, 2));
    }

    @Test
    void theDoseIsThePrescriptionsInThisStageOrTheNearestBefore() {
        var content = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1});
        var evidence = evidence(content, CHAIN, List.of(), Set.of());
        assertThat(evidence.dose(TILT, 1)).isEqualTo(new ReadinessRule.PrescribedDose(null, 2));
        assertThat(evidence.dose(PART_1, 0)).as("found later in the plan").isEqualTo(
                new ReadinessRule.PrescribedDose(null, 2));
        assertThat(evidence.dose(CAT_COW, 1)).isEqualTo(ReadinessRule.PrescribedDose.ONCE);
        var sets = evidence(plan(TWO_SETS_ONCE, new long[] {TILT}), CHAIN, List.of(), Set.of());
        assertThat(sets.dose(TILT, 0)).isEqualTo(new ReadinessRule.PrescribedDose(2, 1));
    }

    @Test
    void aNewVersionPlacesTheClientOnTheFirstStageNotDone() {
        var previous = plan(TWICE_A_DAY, new long[] {CAT_COW}, new long[] {KNEE_HUG}, new long[] {PART_2});
        var next = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1}, new long[] {PART_2});
        // Moved on twice in the previous version without doing anything: back to the tilt.
        var placement = evidence(next, CHAIN, List.of(), Set.of()).placementAfter(previous, 2);
        assertThat(placement).isEqualTo(new StageEvidence.Placement(0, TILT));
    }

    @Test
    void aStageCountsAsDoneOnlyIfTheClientLeftItAndDidItsExercises() {
        var previous = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1}, new long[] {PART_2});
        var logs = comfortableDays(TILT, 10, 9, 8);
        assertThat(evidence(previous, CHAIN, logs, Set.of()).placementAfter(previous, 1))
                .as("left the tilt, having done it").isEqualTo(new StageEvidence.Placement(1, PART_1));
        assertThat(evidence(previous, CHAIN, logs, Set.of()).placementAfter(previous, 0))
                .as("did the tilt but was never moved on: no move at activation").isEqualTo(
                        new StageEvidence.Placement(0, TILT));
        assertThat(evidence(previous, CHAIN, List.of(), Set.of()).placementAfter(previous, 1))
                .as("left the tilt with a reason only").isEqualTo(new StageEvidence.Placement(0, TILT));
        var withWarmUp = plan(TWICE_A_DAY, new long[] {CAT_COW}, new long[] {TILT}, new long[] {PART_1});
        assertThat(evidence(withWarmUp, CHAIN, logs, Set.of()).placementAfter(previous, 1))
                .as("a new first stage not done").isEqualTo(new StageEvidence.Placement(0, CAT_COW));
    }

    @Test
    void placementNeverPassesTheLastStageAndToleratesAnIndexBeyondTheOldVersion() {
        var previous = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1});
        var logs = new ArrayList<>(comfortableDays(TILT, 10, 9, 8));
        logs.addAll(comfortableDays(PART_1, 6, 5, 4));
        var next = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1});
        assertThat(evidence(next, CHAIN, logs, Set.of()).placementAfter(previous, 7))
                .isEqualTo(new StageEvidence.Placement(1, null));
        var single = plan(TWICE_A_DAY, new long[] {TILT});
        assertThat(evidence(single, CHAIN, logs, Set.of()).placementAfter(previous, 1))
                .isEqualTo(new StageEvidence.Placement(0, null));
    }

    @Test
    void firstNotDoneNamesTheFirstExerciseNeverDoneInTheStagesPassed() {
        var content = plan(TWICE_A_DAY, new long[] {TILT, KNEE_HUG}, new long[] {PART_1}, new long[] {PART_2});
        var evidence = evidence(content, CHAIN, comfortableDays(TILT, 5, 4, 3), Set.of(PART_1));
        assertThat(evidence.firstNotDone(0, 1)).contains(KNEE_HUG);
        assertThat(evidence.firstNotDone(1, 2)).as("part 1 is signed off").isEmpty();
        assertThat(evidence.firstNotDone(0, 3)).contains(KNEE_HUG);
    }

    @Test
    void aStageRestsOnEachPrerequisiteOfItsExercises() {
        var content = plan(TWICE_A_DAY, new long[] {TILT}, new long[] {PART_1, CAT_COW});
        var stage = content.stages().get(1);
        var edges = List.of(new CriterionEdge(TILT, PART_1, Criterion.DEFAULT), new CriterionEdge(KNEE_HUG, PART_1,
                Criterion.DEFAULT), new CriterionEdge(TILT, CAT_COW, Criterion.DEFAULT));
        var evidence = evidence(content, edges, comfortableDays(TILT, 5, 4, 3), Set.of());
        assertThat(evidence.unsupported(stage, Set.of())).as("the tilt is done; the knee hug is not")
                .containsExactly(new long[] {PART_1, KNEE_HUG});
        assertThat(evidence.unsupported(stage, Set.of(KNEE_HUG))).as("passed with a reason").isEmpty();
        assertThat(evidence(content, edges, comfortableDays(TILT, 5, 4, 3), Set.of(KNEE_HUG))
                .unsupported(stage, Set.of())).as("signed off").isEmpty();
        var key = stage.prescriptions().getFirst().key();
        var overridden = content.withOverride(key, PrerequisiteOverride.because("Does it at home every day")
                .covering(KNEE_HUG));
        assertThat(evidence(overridden, edges, comfortableDays(TILT, 5, 4, 3), Set.of())
                .unsupported(overridden.stages().get(1), Set.of())).as("overridden by name").isEmpty();
        assertThat(evidence(content, edges, List.of(), Set.of()).unsupported(stage, Set.of())).hasSize(3);
    }

    @Test
    void requirementsAreTheEdgesIntoTheExercise() {
        var evidence = evidence(plan(TWICE_A_DAY, new long[] {TILT}), CHAIN, List.of(), Set.of());
        assertThat(evidence.requirementsOf(PART_2)).containsExactly(CHAIN.get(1));
        assertThat(evidence.requirementsOf(TILT)).isEmpty();
    }
}
