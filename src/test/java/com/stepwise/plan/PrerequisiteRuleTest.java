package com.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.exercise.Dose;
import com.stepwise.exercise.Sides;
import com.stepwise.progression.PrerequisiteGraph;
import com.stepwise.progression.PrerequisiteGraph.Edge;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every path into a plan, checked by the one rule: prerequisites met by the client or in an earlier stage. */
class PrerequisiteRuleTest {

    static final long TILT = 1, PART_1 = 2, PART_2 = 3, CAT_COW = 4, BIRD_DOG = 5;
    static final Dose DOSE = new Dose(null, 5, null, null, null, Sides.NONE, 2, 7);
    static final PrerequisiteGraph GRAPH = new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
            new Edge(PART_1, PART_2), new Edge(CAT_COW, BIRD_DOG)));

    final PrerequisiteRule rule = new PrerequisiteRule(GRAPH, Set.of());

    /** The canonical chain over three stages: tilt, then part 1, then part 2. */
    static PlanContent chain() {
        var plan = PlanContent.firstStage().withStage("Stage 2").withStage("Stage 3");
        plan = plan.withExercise(stage(plan, 0), TILT, DOSE);
        plan = plan.withExercise(stage(plan, 1), PART_1, DOSE);
        return plan.withExercise(stage(plan, 2), PART_2, DOSE);
    }

    static String stage(PlanContent plan, int index) {
        return plan.stages().get(index).key();
    }

    static String key(PlanContent plan, long exerciseId) {
        return plan.prescriptions().filter(p -> p.exerciseId() == exerciseId).findFirst().orElseThrow().key();
    }

    @Test
    void theCanonicalChainOverThreeStagesIsValid() {
        assertThat(rule.unresolved(chain())).isEmpty();
        assertThat(rule.unmet(chain())).as("nothing unmet, overridden or not").isEmpty();
    }

    @Test
    void knowsWhichExercisesArePrerequisitesOfSomething() {
        assertThat(rule.prerequisiteExercises()).containsExactlyInAnyOrder(TILT, PART_1, CAT_COW);
    }

    @Test
    void refusesPartTwoInStageOneWithoutPartOne() {
        var before = PlanContent.firstStage();
        var after = before.withExercise(stage(before, 0), PART_2, DOSE);
        assertThat(rule.introducedBy(before, after)).singleElement()
                .satisfies(v -> assertThat(v.missing()).containsExactly(PART_1));
    }

    @Test
    void theSameStageDoesNotCountAsEarlier() {
        var plan = PlanContent.firstStage();
        plan = plan.withExercise(stage(plan, 0), TILT, DOSE);
        plan = plan.withExercise(stage(plan, 0), PART_1, DOSE);
        assertThat(rule.unresolved(plan)).extracting(PrerequisiteRule.Violation::exerciseId).containsExactly(PART_1);
    }

    @Test
    void everyPrerequisiteMustBeMetNotJustOne() {
        var twoNeeds = new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
                new Edge(CAT_COW, PART_1))), Set.of());
        var plan = PlanContent.firstStage().withStage("Stage 2");
        plan = plan.withExercise(stage(plan, 0), TILT, DOSE);
        plan = plan.withExercise(stage(plan, 1), PART_1, DOSE);
        assertThat(twoNeeds.unresolved(plan)).singleElement()
                .satisfies(v -> assertThat(v.missing()).containsExactly(CAT_COW));
        var both = plan.withExercise(stage(plan, 0), CAT_COW, DOSE);
        assertThat(twoNeeds.unresolved(both)).isEmpty();
        assertThat(new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
                new Edge(CAT_COW, PART_1))), Set.of(CAT_COW)).unresolved(plan))
                .as("one in an earlier stage, the other signed off").isEmpty();
    }

    @Test
    void aSignOffCountsAsMet() {
        var signedOff = new PrerequisiteRule(GRAPH, Set.of(PART_1));
        var plan = PlanContent.firstStage();
        plan = plan.withExercise(stage(plan, 0), PART_2, DOSE);
        assertThat(signedOff.unresolved(plan)).isEmpty();
    }

    @Test
    void anOverrideWithAReasonResolvesTheViolationButStaysVisible() {
        var plan = PlanContent.firstStage();
        plan = plan.withExercise(stage(plan, 0), PART_2, DOSE,
                PrerequisiteOverride.because("Did part 1 daily at her previous clinic").covering(PART_1));
        assertThat(rule.unresolved(plan)).isEmpty();
        assertThat(rule.unmet(plan)).singleElement().satisfies(v -> assertThat(v.overridden()).isTrue());
    }

    @Test
    void anOverrideCoversOnlyThePrerequisiteItNames() {
        var plan = PlanContent.firstStage();
        plan = plan.withExercise(stage(plan, 0), PART_2, DOSE,
                PrerequisiteOverride.because("Did part 1 daily at her previous clinic").covering(PART_1));
        // The clinic adds a second prerequisite to part 2 later: the old override does not cover it.
        var stricter = new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
                new Edge(PART_1, PART_2), new Edge(CAT_COW, PART_2))), Set.of());
        assertThat(stricter.unresolved(plan)).singleElement().satisfies(v -> {
            assertThat(v.missing()).containsExactlyInAnyOrder(PART_1, CAT_COW);
            assertThat(v.uncovered()).containsExactly(CAT_COW);
        });
        var wrongOne = PlanContent.firstStage();
        wrongOne = wrongOne.withExercise(stage(wrongOne, 0), PART_2, DOSE,
                PrerequisiteOverride.because("Covers something else entirely").covering(TILT));
        assertThat(rule.unresolved(wrongOne)).as("an override of another exercise covers nothing here").hasSize(1);
    }

    @Test
    void aNewExerciseUnderAKeyThatAlreadyHadAProblemIsANewProblem() {
        var stricter = new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
                new Edge(PART_1, PART_2), new Edge(BIRD_DOG, TILT))), Set.of());
        var before = chain();
        String tiltKey = key(before, TILT);
        assertThat(stricter.unresolved(before)).extracting(PrerequisiteRule.Violation::prescriptionKey)
                .containsExactly(tiltKey);
        // A caller swaps in another unmet exercise under the key of the tilt, which already had a problem.
        var swapped = new PlanContent(before.stages().stream().map(stage -> new StageContent(stage.key(),
                stage.name(), stage.notes(), stage.prescriptions().stream().map(p -> p.key().equals(tiltKey)
                ? new PrescriptionContent(tiltKey, PART_2, DOSE, null, "", List.of()) : p).toList())).toList());
        assertThat(stricter.introducedBy(before, swapped)).extracting(PrerequisiteRule.Violation::exerciseId)
                .contains(PART_2);
    }

    @Test
    void aSecondCopyOfAnExerciseWithAProblemIsANewProblem() {
        var stricter = new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(BIRD_DOG, TILT))), Set.of());
        var before = PlanContent.firstStage();
        before = before.withExercise(stage(before, 0), TILT, DOSE);
        var after = before.duplicateStage(stage(before, 0));
        assertThat(stricter.introducedBy(before, after)).singleElement()
                .satisfies(v -> assertThat(v.stageIndex()).isEqualTo(1));
    }

    @Test
    void movingAStageAheadOfItsPrerequisiteIsRefused() {
        var before = chain();
        var after = before.moveStage(stage(before, 2), 0);
        assertThat(rule.introducedBy(before, after)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(PART_2);
    }

    @Test
    void movingAnExerciseIntoAnEarlierStageIsRefusedButLaterIsFine() {
        var before = chain();
        var tooEarly = before.movePrescription(key(before, PART_2), stage(before, 1), 0);
        assertThat(rule.introducedBy(before, tooEarly)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(PART_2);
        var partOneBesidePartTwo = before.movePrescription(key(before, PART_1), stage(before, 2), 0);
        assertThat(rule.introducedBy(before, partOneBesidePartTwo)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(PART_2);
        var withFourthStage = before.withStage("Stage 4");
        var later = withFourthStage.movePrescription(key(before, PART_2), stage(withFourthStage, 3), 0);
        assertThat(rule.introducedBy(before, later)).isEmpty();
        var sameStageReorder = before.withExercise(stage(before, 2), CAT_COW, DOSE);
        sameStageReorder = sameStageReorder.movePrescription(key(sameStageReorder, CAT_COW), stage(before, 2), 0);
        assertThat(rule.unresolved(sameStageReorder)).isEmpty();
    }

    @Test
    void removingAPrerequisiteFromAnEarlierStageFlagsItsDependants() {
        var before = chain();
        var after = before.withoutPrescription(key(before, PART_1));
        assertThat(rule.introducedBy(before, after)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(PART_2);
        var stageRemoved = before.removeStage(stage(before, 0));
        assertThat(rule.introducedBy(before, stageRemoved)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(PART_1);
    }

    @Test
    void duplicatingAStageKeepsEverythingValid() {
        var before = chain();
        var after = before.duplicateStage(stage(before, 1));
        assertThat(after.stages()).hasSize(4);
        assertThat(rule.introducedBy(before, after)).isEmpty();
        assertThat(after.stages().get(2).name()).isEqualTo("Stage 2 (copy)");
    }

    @Test
    void duplicatingAStageLeavesItsOverridesOutSoTheCopyAsksAgain() {
        var before = PlanContent.firstStage();
        before = before.withExercise(stage(before, 0), BIRD_DOG, DOSE, PrerequisiteOverride.because("Strong core"
                + " from pilates classes").covering(CAT_COW));
        var after = before.duplicateStage(stage(before, 0));
        assertThat(after.stages().get(1).prescriptions()).singleElement()
                .satisfies(p -> assertThat(p.overrides()).isEmpty());
        assertThat(rule.introducedBy(before, after)).singleElement()
                .satisfies(v -> assertThat(v.stageIndex()).isEqualTo(1));
    }

    @Test
    void withdrawingAnOverrideIsItselfAViolation() {
        var before = PlanContent.firstStage();
        before = before.withExercise(stage(before, 0), BIRD_DOG, DOSE, PrerequisiteOverride.because("Strong core"
                + " from pilates classes").covering(CAT_COW));
        var after = before.withoutOverrides(key(before, BIRD_DOG));
        assertThat(rule.introducedBy(before, after)).hasSize(1);
    }

    @Test
    void aChangeMayLeaveAnOlderProblemAloneButNotAddOne() {
        // The plan became invalid when the clinic added a prerequisite; renaming a stage must still be possible.
        var stricter = new PrerequisiteRule(new PrerequisiteGraph(List.of(new Edge(TILT, PART_1),
                new Edge(PART_1, PART_2), new Edge(BIRD_DOG, TILT))), Set.of());
        var before = chain();
        assertThat(stricter.unresolved(before)).extracting(PrerequisiteRule.Violation::exerciseId)
                .containsExactly(TILT);
        var renamed = before.renameStage(stage(before, 0), "Gentle start", "");
        assertThat(stricter.introducedBy(before, renamed)).isEmpty();
    }

    @Test
    void knowsWhatAnExerciseWouldMissInAStage() {
        var plan = chain();
        assertThat(rule.missingIfAddedTo(plan, 0, PART_2)).containsExactly(PART_1);
        assertThat(rule.missingIfAddedTo(plan, 2, PART_2)).isEmpty();
        assertThat(rule.missingIfAddedTo(plan, 1, PART_2)).as("part 1 stands in that stage, not before it")
                .containsExactly(PART_1);
        assertThat(rule.missingIfAddedTo(plan, 0, BIRD_DOG)).containsExactly(CAT_COW);
    }
}
