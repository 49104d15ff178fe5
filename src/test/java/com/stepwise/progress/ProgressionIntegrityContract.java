package com.stepwise.progress;

import static com.stepwise.progress.SessionLogs.comfortable;
import static com.stepwise.progress.SessionLogs.logMorningAndEvening;
import static com.stepwise.progress.SessionLogs.painful;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.MutableClock;
import com.stepwise.TestClinics;
import com.stepwise.base.UserFacingException;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.handout.HandoutService;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.ProgressionService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Every path by which a client used to reach an exercise they had not earned, driven through the services with a
 * moving clock, on each database: new versions, stage advances, empty or unlinked stages, sign-offs and their
 * withdrawal, prerequisites added later, and Today agreeing with the plan page as days pass.
 */
abstract class ProgressionIntegrityContract {

    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    ProgressionService progression;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    HandoutService handouts;
    @Autowired
    com.stepwise.clinic.ClinicService clinics;
    @Autowired
    TestClinics signIn;
    @Autowired
    MutableClock clock;

    long client;
    long tilt;
    long part1;
    long part2;
    long catCow;
    long kneeHug;
    long childsPose;
    LocalDate today;

    @BeforeEach
    void clinicAndClient() {
        signIn.atNewClinic();
        // Every handout names the clinic's phone in its stop-and-call box, so a clinic cannot print without one.
        var branding = clinics.brandingDraft();
        branding.setPhone("+44 20 7946 0000");
        clinics.updateBranding(clinics.branding().version(), branding);
        today = LocalDate.now(clock);
        clock.setDay(today);
        var draft = new ClientDraft();
        draft.setFirstName("Farah");
        draft.setLastName("Idris");
        draft.setDateOfBirth(LocalDate.of(1979, 3, 2));
        client = clients.create(draft);
        tilt = builtIn("somatic-pelvic-tilt");
        part1 = builtIn("gluteal-stretch-part-1");
        part2 = builtIn("gluteal-stretch-part-2");
        catCow = builtIn("cat-cow");
        kneeHug = builtIn("knee-hug-single");
        childsPose = builtIn("childs-pose");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        signIn.signOut();
    }

    @Test
    void aNewVersionDoesNotCarryTheClientPastAChainTheyHaveNotDone() throws IOException {
        // Version 1: three stages with no prerequisites between them; the client is moved on twice with reasons.
        long plan = activate(null, stages(List.of("One", catCow), List.of("Two", kneeHug), List.of("Three",
                childsPose)));
        progress.advance(plan, "Seen in clinic, moving well today");
        progress.advance(plan, "Seen in clinic, moving well again");
        assertThat(progress.currentStage(plan)).isEqualTo(2);

        // Version 2 puts the canonical chain into the same three stages.
        var details = plans.get(plan);
        var content = details.working().content();
        content = replaceAll(content, 0, tilt);
        content = replaceAll(content, 1, part1);
        content = replaceAll(content, 2, part2);
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());

        var readiness = progress.readiness(plan);
        assertThat(readiness.currentStage()).as("no logs, sign-offs or overrides: back to the tilt").isZero();
        assertThat(readiness.placement()).contains("Version 2 activated",
                "Somatic pelvic tilt (3 parts) in \"One\" is not yet done to its criterion");
        assertThat(handoutText(plan)).contains("Now: One").doesNotContain("Now: Three");
    }

    @Test
    void aNewVersionKeepsTheClientWhereTheirEvidenceSupports() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1), List.of("Part 2",
                part2)));
        for (int daysAgo : new int[] {6, 4, 2}) {
            logMorningAndEvening(progress, client, today.minusDays(daysAgo), tilt, comfortable(2));
        }
        progress.advance(plan, null);
        // Weeks later the tilt's sessions have left the window; a new version changes a dose in part 2.
        clock.setDay(today.plusDays(30));
        var details = plans.get(plan);
        var content = details.working().content();
        var key = content.stages().get(2).prescriptions().getFirst().key();
        details = plans.save(plan, details.version(), content.withNotes(key, "Slowly"));
        plans.activate(plan, details.version());
        assertThat(progress.currentStage(plan)).as("the tilt was done to its criterion when the client left it")
                .isEqualTo(1);
    }

    @Test
    void aClientOnStageTwoGetsANewFirstStageTheyHaveNotDone() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1)));
        progress.advance(plan, "Did the tilt daily at her last clinic");
        var details = plans.get(plan);
        var content = details.working().content().withStage("Warm-up");
        content = content.withExercise(content.stages().getLast().key(), catCow, exercises.get(catCow).defaultDose());
        content = content.moveStage(content.stages().getLast().key(), 0);
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
        var readiness = progress.readiness(plan);
        assertThat(readiness.currentStageName()).isEqualTo("Warm-up");
        assertThat(readiness.placement()).contains("Cat-cow in \"Warm-up\" is not yet done to its criterion");

        assertThatThrownBy(() -> progress.placeOn(plan, 2, null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("needs a written reason");
        progress.placeOn(plan, 2, "Cat-cow is part of her gym warm-up already");
        assertThat(progress.readiness(plan).placement()).contains("Cat-cow is part of her gym warm-up already");
        progress.placeOn(plan, 0, null);
        assertThat(progress.currentStage(plan)).as("moving back needs no reason").isZero();
    }

    @Test
    void readyNeedsTheCurrentStageDoneEvenWhenTheNextHasNoPrerequisiteLinks() {
        long plan = activate(null, stages(List.of("Knees", kneeHug), List.of("Rest", childsPose)));
        var readiness = progress.readiness(plan);
        assertThat(readiness.ready()).as("just activated, no sessions").isFalse();
        assertThat(readiness.toLeave()).singleElement().satisfies(check -> assertThat(check.met()).isFalse());
        assertThatThrownBy(() -> progress.advance(plan, null)).hasMessageContaining("give the reason");

        for (int daysAgo : new int[] {4, 2, 0}) {
            logMorningAndEvening(progress, client, today.minusDays(daysAgo), kneeHug, painful(8));
        }
        assertThat(progress.readiness(plan).ready()).as("three days at pain 8, rated painful").isFalse();
    }

    @Test
    void painAboveTheLimitOutweighsASignOff() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1)));
        progression.recordSignOff(client, tilt, "Ten slow tilts without pain in clinic today");
        assertThat(progress.readiness(plan).ready()).as("signed off").isTrue();
        SessionLogs.log(progress, client, today, tilt, painful(8));
        assertThat(progress.readiness(plan).ready()).as("pain 8 since").isFalse();
        assertThat(SessionLogs.today(progress)).noneMatch(a -> a.reasons().contains(Attention.Reason
                .READY_TO_PROGRESS));
    }

    @Test
    void aSignOffNeedsANoteCanBeWithdrawnAndTodayFollowsAtOnce() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1)));
        assertThatThrownBy(() -> progression.recordSignOff(client, tilt, "")).hasMessageContaining("what you saw");
        var signOff = progression.recordSignOff(client, tilt, "Ten slow tilts without pain in clinic today");
        assertThat(progress.readiness(plan).ready()).isTrue();
        assertThat(SessionLogs.today(progress)).as("Today agrees with the plan page").singleElement()
                .satisfies(a -> assertThat(a.reasons()).contains(Attention.Reason.READY_TO_PROGRESS));

        assertThatThrownBy(() -> progression.withdrawSignOff(signOff.id(), "")).hasMessageContaining("reason");
        progression.withdrawSignOff(signOff.id(), "Pain came back when she restarted the tilt");
        assertThat(progression.signedOffExercises(client)).isEmpty();
        assertThat(progression.signOffsOf(client)).singleElement()
                .satisfies(s -> assertThat(s.withdrawn().reason()).isEqualTo("Pain came back when she restarted the "
                        + "tilt"));
        assertThat(progress.readiness(plan).ready()).isFalse();
        assertThat(SessionLogs.today(progress)).noneMatch(a -> a.reasons().contains(Attention.Reason
                .READY_TO_PROGRESS));
    }

    @Test
    void aClientMovedOnByASignOffIsFlaggedWhenTheSignOffIsWithdrawn() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1)));
        var signOff = progression.recordSignOff(client, tilt, "Ten slow tilts without pain in clinic today");
        progress.advance(plan, null);
        assertThat(progress.readiness(plan).review()).isNull();

        progression.withdrawSignOff(signOff.id(), "Recorded for the wrong client");
        assertThat(progress.readiness(plan).review())
                .contains("Gluteal stretches, part 1 needs Somatic pelvic tilt (3 parts), which is not signed off");
        assertThat(SessionLogs.today(progress)).singleElement().satisfies(a -> {
            assertThat(a.reasons()).contains(Attention.Reason.NEEDS_REVIEW);
            assertThat(a.review()).contains("needs Somatic pelvic tilt (3 parts)");
        });

        assertThatThrownBy(() -> progress.placeOn(plan, 1, null)).hasMessageContaining("give the reason");
        progress.placeOn(plan, 1, "Watched her do the tilt well today; sign-off to follow");
        assertThat(progress.readiness(plan).review()).as("kept there with a recorded reason").isNull();
        assertThat(SessionLogs.today(progress)).noneMatch(a -> a.reasons().contains(Attention.Reason.NEEDS_REVIEW));
    }

    @Test
    void withdrawingASignOffFlagsThePlansThatReliedOnIt() {
        var signOff = progression.recordSignOff(client, part1, "Does part 1 easily, seen in clinic today");
        long plan = activate(null, stages(List.of("Part 2", part2)));
        assertThat(plans.get(plan).reviewNote()).isNull();
        progression.withdrawSignOff(signOff.id(), "Recorded for the wrong client");
        assertThat(plans.get(plan).reviewNote()).contains("Gluteal stretches, part 2 needs Gluteal stretches, part 1");
        assertThat(SessionLogs.today(progress)).singleElement()
                .satisfies(a -> assertThat(a.reasons()).contains(Attention.Reason.NEEDS_REVIEW));
    }

    @Test
    void aPrerequisiteAddedLaterIsANewQuestionEvenWithAnOldOverride() {
        long plan = activate(null, stages(List.of("Part 2", part2)));
        assertThat(plans.get(plan).reviewNote()).isNull();

        var edge = progression.add(part2, catCow, Criterion.DEFAULT);
        assertThat(plans.get(plan).reviewNote()).as("the old override names part 1, not cat-cow")
                .contains("Gluteal stretches, part 2 needs Cat-cow first");
        assertThat(SessionLogs.today(progress)).singleElement().satisfies(a -> {
            assertThat(a.reasons()).contains(Attention.Reason.NEEDS_REVIEW);
            assertThat(a.review()).contains("needs Cat-cow");
        });

        // Resolved by a new version that overrides the new prerequisite too, with its own reason.
        var details = plans.get(plan);
        var content = details.working().content();
        var key = content.prescriptions().findFirst().orElseThrow().key();
        details = plans.save(plan, details.version(), content.withOverride(key,
                PrerequisiteOverride.because("Cat-cow is in her daily yoga routine").covering(catCow)));
        plans.activate(plan, details.version());
        assertThat(plans.get(plan).reviewNote()).isNull();
        progression.remove(edge.id());
    }

    @Test
    void todayStopsSayingReadyOnceTheEvidenceLeavesItsWindow() {
        long plan = activate(null, stages(List.of("Tilt", tilt), List.of("Part 1", part1)));
        for (int daysAgo : new int[] {4, 3, 2}) {
            logMorningAndEvening(progress, client, today.minusDays(daysAgo), tilt, comfortable(2));
        }
        assertThat(progress.readiness(plan).readyUntil()).isEqualTo(today.minusDays(4).plusDays(13));
        assertThat(SessionLogs.today(progress)).singleElement()
                .satisfies(a -> assertThat(a.reasons()).contains(Attention.Reason.READY_TO_PROGRESS));

        clock.setDay(today.plusDays(9));
        assertThat(progress.readiness(plan).ready()).as("the last day the oldest session counts").isTrue();
        assertThat(SessionLogs.today(progress)).anySatisfy(a -> assertThat(a.reasons())
                .contains(Attention.Reason.READY_TO_PROGRESS));
        clock.setDay(today.plusDays(10));
        assertThat(progress.readiness(plan).ready()).isFalse();
        assertThat(SessionLogs.today(progress)).as("nothing was written, Today still agrees")
                .noneMatch(a -> a.reasons().contains(Attention.Reason.READY_TO_PROGRESS));
    }

    @Test
    void aHandoutOfAnActivatedVersionPrintsWhatWasPrescribedThen() throws IOException {
        var draft = exercises.draftForCopy(kneeHug);
        draft.setName("Our knee hug " + System.nanoTime());
        draft.setSteps("Lie on your back.\nHug one knee gently towards you for five slow breaths.");
        long own = exercises.create(draft, kneeHug);
        long plan = activate(null, stages(List.of("Start", own)));

        var edit = exercises.draftForEdit(own);
        edit.setSteps("Lie on your back.\nPull the knee hard towards your chest.");
        exercises.update(own, exercises.get(own).version(), edit);

        assertThat(handoutText(plan)).as("version 1 prints what was prescribed with it")
                .contains("Hug one knee gently towards you for five slow breaths")
                .doesNotContain("Pull the knee hard");
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withStage("Later"));
        var later = details.working().content();
        details = plans.save(plan, details.version(), later.withExercise(later.stages().get(1).key(), childsPose,
                exercises.get(childsPose).defaultDose()));
        plans.activate(plan, details.version());
        assertThat(handoutText(plan)).as("version 2, activated after the edit").contains("Pull the knee hard");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** A new plan with the content, activated; returns the plan. */
    private long activate(String title, PlanContent content) {
        long plan = plans.create(client, title == null ? "Plan " + System.nanoTime() : title, null, null);
        var details = plans.get(plan);
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
        return plan;
    }

    /** Stages from lists of a name followed by exercise ids, each at the exercise's default dose. */
    @SafeVarargs
    private PlanContent stages(List<Object>... stages) {
        var content = PlanContent.empty();
        for (var stage : stages) {
            content = content.withStage((String) stage.getFirst());
            for (var id : stage.subList(1, stage.size())) {
                long exercise = (Long) id;
                content = content.withExercise(content.stages().getLast().key(), exercise,
                        exercises.get(exercise).defaultDose(), overrideIfNeeded(exercise, content.stages().size() == 1));
            }
        }
        return content;
    }

    /** Part 2 in a plan's first stage needs part 1 signed off or overridden: overridden, unless signed off. */
    private PrerequisiteOverride overrideIfNeeded(long exercise, boolean firstStage) {
        return exercise == part2 && firstStage && progression.signedOffExercises(client).isEmpty()
                ? PrerequisiteOverride.because("Did part 1 for months at her last clinic").covering(part1) : null;
    }

    private PlanContent replaceAll(PlanContent content, int stage, long exercise) {
        var result = content;
        for (var p : content.stages().get(stage).prescriptions()) {
            result = result.withoutPrescription(p.key());
        }
        return result.withExercise(result.stages().get(stage).key(), exercise, exercises.get(exercise).defaultDose());
    }

    private String handoutText(long plan) throws IOException {
        try (var pdf = Loader.loadPDF(handouts.handout(plan, null).pdf())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
