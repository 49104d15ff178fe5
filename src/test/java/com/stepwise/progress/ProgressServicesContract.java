package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static com.stepwise.progress.SessionLogs.comfortable;
import static com.stepwise.progress.SessionLogs.painful;

import com.stepwise.MutableClock;
import com.stepwise.TestClinics;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

/** Logged sessions drive the prerequisite criteria and stage advancement, on each supported database. */
abstract class ProgressServicesContract {

    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestClinics signIn;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MutableClock testClock;

    StepwiseUser user;
    long client;
    long plan;
    long tilt;
    long part1;
    LocalDate today;

    @BeforeEach
    void activeChainPlan() {
        user = signIn.atNewClinic();
        today = LocalDate.now(clock);
        var draft = new ClientDraft();
        draft.setFirstName("Zoë");
        draft.setLastName("Ångström");
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        client = clients.create(draft);
        tilt = builtIn("somatic-pelvic-tilt");
        part1 = builtIn("gluteal-stretch-part-1");
        plan = plans.create(client, "Back to gardening", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Part 1").withStage("Part 2");
        content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose());
        content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose());
        long part2 = builtIn("gluteal-stretch-part-2");
        content = content.withExercise(content.stages().get(2).key(), part2, exercises.get(part2).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
        testClock.reset();
    }

    @Test
    void threeComfortableDaysMakeTheNextStageReady() {
        var before = progress.readiness(plan);
        assertThat(before.currentStageName()).isEqualTo("Stage 1");
        assertThat(before.ready()).isFalse();
        assertThat(before.toLeave()).singleElement().satisfies(check -> assertThat(check.requirements())
                .containsExactly("Somatic pelvic tilt (3 parts): 0 of 3 comfortable days at the prescribed dose with "
                        + "pain ≤ 3 in the last 14 days"));

        log(today.minusDays(6), tilt, comfortable(2));
        assertThat(progress.readiness(plan).toLeave().getFirst().requirements().getFirst())
                .as("the tilt is prescribed morning and evening: the morning alone is not the dose")
                .startsWith("Somatic pelvic tilt (3 parts): 0 of 3");
        for (int daysAgo : new int[] {4, 2, 0}) {
            SessionLogs.logMorningAndEvening(progress, client, today.minusDays(daysAgo), tilt, comfortable(2));
        }
        assertThat(progress.readiness(plan).ready()).isTrue();
        assertThat(SessionLogs.today(progress)).singleElement().extracting(Attention::reasons)
                .as("the Today list prompts").isEqualTo(List.of(Attention.Reason.READY_TO_PROGRESS));

        var after = progress.advance(plan, null);
        assertThat(SessionLogs.today(progress)).as("advanced: the prompt is gone").isEmpty();
        assertThat(progress.currentStage(plan)).isEqualTo(1);
        assertThat(after.currentStageName()).isEqualTo("Part 1");
        assertThat(after.toLeave()).singleElement().satisfies(check -> assertThat(check.requirements())
                .containsExactly("Gluteal stretches, part 1: 0 of 3 comfortable days at the prescribed dose with "
                        + "pain ≤ 3 in the last 14 days"));
    }

    @Test
    void advancingWithoutTheCriteriaNeedsAWrittenReason() {
        log(today, tilt, comfortable(2));
        assertThatThrownBy(() -> progress.advance(plan, null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("give the reason for the override");
        assertThatThrownBy(() -> progress.advance(plan, "ok")).hasMessageContaining("reason of at least");
        assertThat(progress.currentStage(plan)).isZero();

        progress.advance(plan, "Moves well, seen in clinic today");
        assertThat(progress.currentStage(plan)).isEqualTo(1);
        var timeline = progress.review(client).timeline();
        assertThat(timeline).extracting(TimelineEntry::kind, TimelineEntry::text).as("the override, with its reason")
                .contains(tuple(TimelineEntry.Kind.OVERRIDE,
                        "Advanced without the criteria met: Moves well, seen in clinic today"));
        assertThat(timeline).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.STAGE)
                .extracting(TimelineEntry::text).anySatisfy(text -> assertThat(text)
                        .startsWith("Back to gardening: moved on to Part 1 by "))
                .anySatisfy(text -> assertThat(text).startsWith("Back to gardening: placed on Stage 1 (Version 1 "
                        + "activated: the client starts on the first stage) by "));
    }

    // --- red flags -------------------------------------------------------------------------------------------------

    @Test
    void aRedFlagBlocksProgressingUntilAClinicianAcknowledgesIt() {
        for (int daysAgo : new int[] {2, 1, 0}) {
            SessionLogs.logMorningAndEvening(progress, client, today.minusDays(daysAgo), tilt, comfortable(2));
        }
        var raised = log(today, tilt, comfortable(2), Symptom.NUMBNESS_OR_TINGLING).newRedFlags();
        assertThat(raised).singleElement().extracting(RedFlagView::symptom).isEqualTo(Symptom.NUMBNESS_OR_TINGLING);

        var readiness = progress.readiness(plan);
        assertThat(readiness.redFlag()).isTrue();
        assertThat(readiness.ready()).isFalse();
        assertThatThrownBy(() -> progress.advance(plan, null)).hasMessageContaining("a red flag is open");

        var flag = progress.openRedFlags(client).getFirst();
        assertThatThrownBy(() -> progress.acknowledge(flag.id(), flag.version(), null, "Called, all fine"))
                .hasMessageContaining("what you did");
        assertThatThrownBy(() -> progress.acknowledge(flag.id(), flag.version(), RedFlagAction.CALLED_CLIENT, " "))
                .hasMessageContaining("short note");
        var done = progress.acknowledge(flag.id(), flag.version(), RedFlagAction.CALLED_CLIENT,
                "Spoke to her: tingling gone after changing chairs at work");
        assertThat(done.acknowledged().by()).isEqualTo(user.displayName());
        assertThat(progress.openRedFlags(client)).isEmpty();
        assertThat(progress.readiness(plan).ready()).as("acknowledged: the criteria alone decide").isTrue();
        assertThatThrownBy(() -> progress.acknowledge(flag.id(), done.version(), RedFlagAction.REFERRED, "Again"))
                .hasMessageContaining("already acknowledged by " + user.displayName());
        assertThat(progress.review(client).timeline()).extracting(TimelineEntry::kind, TimelineEntry::text)
                .as("the timeline keeps the red flag and what was done").contains(tuple(TimelineEntry.Kind.RED_FLAG,
                        "Numbness or tingling down a leg, recorded as one session by " + user.displayName()
                                + "; acknowledged by " + user.displayName() + ": Called the client, \"Spoke to her: "
                                + "tingling gone after changing chairs at work\""));
        int revisions = transactions.execute(status -> AuditReaderFactory.get(entityManager)
                .getRevisions(RedFlag.class, flag.id()).size());
        assertThat(revisions).as("reported, then acknowledged: both audited").isEqualTo(2);
    }

    @Test
    void aRedFlagNeverAgesOutAndABackDatedOneRaisesTheAlertAtOnce() {
        log(today.minusDays(40), tilt, painful(6), Symptom.NIGHT_OR_REST_PAIN);
        assertThat(progress.openRedFlags(client)).as("reported for 40 days ago, seen today")
                .extracting(RedFlagView::reportedOn).containsExactly(today.minusDays(40));
        assertThat(SessionLogs.today(progress)).singleElement().satisfies(a -> {
            assertThat(a.reasons()).contains(Attention.Reason.RED_FLAG);
            assertThat(a.redFlags()).contains("Pain at night or at rest");
        });

        testClock.setDay(today.plusDays(60));
        assertThat(progress.openRedFlags(client)).as("two months on, nobody has looked: still there").hasSize(1);
        assertThat(SessionLogs.today(progress)).singleElement().extracting(Attention::reasons).asList()
                .contains(Attention.Reason.RED_FLAG);
    }

    @Test
    void urgentRedFlagsComeFirstWithTheirOwnAdvice() {
        log(today, tilt, comfortable(2), Symptom.SHARP_OR_SHOOTING_PAIN);
        log(today.minusDays(3), tilt, comfortable(2), Symptom.SADDLE_NUMBNESS);
        assertThat(progress.openRedFlags(client)).extracting(RedFlagView::symptom)
                .containsExactly(Symptom.SADDLE_NUMBNESS, Symptom.SHARP_OR_SHOOTING_PAIN);
        assertThat(Symptom.SADDLE_NUMBNESS.urgency().advice()).contains("emergency care today");
        assertThat(SessionLogs.today(progress)).singleElement().satisfies(a -> {
            assertThat(a.mostUrgent()).isEqualTo(Attention.Reason.URGENT_RED_FLAG);
            assertThat(a.redFlags()).startsWith("Urgent: Numbness in the saddle area");
        });
    }

    @Test
    void theSameSymptomReportedTwiceForADayIsOneRedFlag() {
        log(today, tilt, comfortable(2), Symptom.FEVER_OR_UNWELL);
        assertThat(log(today, tilt, comfortable(3), Symptom.FEVER_OR_UNWELL).newRedFlags()).isEmpty();
        assertThat(progress.openRedFlags(client)).hasSize(1);
    }

    // --- saving the sheet --------------------------------------------------------------------------------------------

    @Test
    void aStaleSheetCannotEraseAColleaguesRedFlagOrTheirSession() {
        var yesterday = today.minusDays(1);
        var opened = progress.sheet(client, today.minusDays(13), today);

        // A colleague records today's session with a warning sign while the sheet is open elsewhere.
        log(today, tilt, painful(6), Symptom.NUMBNESS_OR_TINGLING);

        // The stale page types yesterday's column and saves.
        var cell = new SheetCell(tilt, yesterday, 1);
        var outcome = progress.record(client, LogSource.SHEET,
                List.of(new CellChange(cell, opened.cell(cell), comfortable(2), null)), Map.of(), null);
        assertThat(outcome.boxesSaved()).isEqualTo(1);
        assertThat(progress.openRedFlags(client)).as("the colleague's red flag").hasSize(1);
        assertThat(progress.sheet(client, today, today).cell(new SheetCell(tilt, today, 1)))
                .as("the colleague's session, pain 6 kept").isEqualTo(painful(6));
        assertThat(SessionLogs.today(progress)).singleElement().extracting(Attention::reasons).asList()
                .contains(Attention.Reason.RED_FLAG);
    }

    @Test
    void aBoxChangedInBetweenIsAConflictWithBothValuesAndNothingIsSaved() {
        var opened = progress.sheet(client, today.minusDays(13), today);
        var contested = new SheetCell(tilt, today.minusDays(2), 1);
        var other = new SheetCell(tilt, today.minusDays(3), 1);
        log(contested.date(), tilt, painful(6));

        assertThatThrownBy(() -> progress.record(client, LogSource.SHEET, List.of(
                new CellChange(other, opened.cell(other), comfortable(1), null),
                new CellChange(contested, opened.cell(contested), comfortable(2), null)), Map.of(), null))
                .isInstanceOfSatisfying(SheetConflictException.class, conflict -> {
                    assertThat(conflict.conflicts()).singleElement().satisfies(c -> {
                        assertThat(c.cell()).isEqualTo(contested);
                        assertThat(c.saved()).isEqualTo(painful(6));
                        assertThat(c.yours()).isEqualTo(comfortable(2));
                    });
                    assertThat(conflict.getMessage()).contains("changed by someone else", "nothing was saved");
                });
        assertThat(progress.sheet(client, today.minusDays(13), today).cells()).as("all or nothing")
                .containsOnlyKeys(contested);

        // Saving again over what is saved now keeps this clinician's value, knowingly.
        progress.record(client, LogSource.SHEET, List.of(new CellChange(contested, painful(6), comfortable(2), null)),
                Map.of(), null);
        assertThat(progress.sheet(client, today, today.minusDays(0)).cells()).isEmpty();
        assertThat(progress.sheet(client, contested.date(), contested.date()).cell(contested))
                .isEqualTo(comfortable(2));
    }

    @Test
    void aResaveChangesOnlyWhatWasChangedAndKeepsPainNotesAndHistory() {
        var cell = new SheetCell(tilt, today, 1);
        progress.record(client, LogSource.SESSION, List.of(new CellChange(cell, CellValue.EMPTY, painful(6),
                "Hurt on the second set")), Map.of(), null);
        var loaded = progress.sheet(client, today.minusDays(13), today);
        assertThat(loaded.notes()).containsEntry(cell, "Hurt on the second set");

        // The same page saves again with the box untouched and another one typed.
        var other = new SheetCell(tilt, today.minusDays(1), 1);
        progress.record(client, LogSource.SHEET, List.of(new CellChange(other, loaded.cell(other), comfortable(1),
                null)), Map.of(), null);
        var now = progress.sheet(client, today.minusDays(13), today);
        assertThat(now.cell(cell)).as("pain 6 stays 6").isEqualTo(painful(6));
        assertThat(now.notes()).containsEntry(cell, "Hurt on the second set");

        // A correction keeps what it replaced in the audit trail.
        progress.record(client, LogSource.SHEET, List.of(new CellChange(cell, painful(6), comfortable(2), null)),
                Map.of(), null);
        int revisions = transactions.execute(status -> {
            var id = entityManager.createQuery("select s.id from SessionLog s where s.clientId = :client and "
                    + "s.logDate = :day", Long.class).setParameter("client", client).setParameter("day", today)
                    .getSingleResult();
            return AuditReaderFactory.get(entityManager).getRevisions(SessionLog.class, id).size();
        });
        assertThat(revisions).isEqualTo(2);
    }

    @Test
    void twoClinicansSavingAtTheSameMomentBothGetAnAnswerThatIsTrue() throws Exception {
        var opened = progress.sheet(client, today.minusDays(13), today);
        var shared = new SheetCell(tilt, today.minusDays(5), 1);
        var mine = new SheetCell(tilt, today.minusDays(6), 1);
        var theirs = new SheetCell(tilt, today.minusDays(7), 1);
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.function.Function<List<CellChange>, java.util.concurrent.Future<Object>> save = changes ->
                    pool.submit(() -> {
                        signIn.signInAs(user);
                        start.await();
                        try {
                            return progress.record(client, LogSource.SHEET, changes, Map.of(), null);
                        } catch (UserFacingException refused) {
                            return refused;
                        } finally {
                            signIn.signOut();
                        }
                    });
            var first = save.apply(List.of(new CellChange(mine, opened.cell(mine), comfortable(1), null),
                    new CellChange(shared, opened.cell(shared), comfortable(2), null)));
            var second = save.apply(List.of(new CellChange(theirs, opened.cell(theirs), comfortable(3), null),
                    new CellChange(shared, opened.cell(shared), painful(7), null)));
            start.countDown();
            var answers = List.of(first.get(), second.get());
            assertThat(answers).as("one save went through, the other met the first's value for the shared box")
                    .filteredOn(SaveOutcome.class::isInstance).hasSize(1);
            assertThat(answers).filteredOn(SheetConflictException.class::isInstance).singleElement()
                    .satisfies(refused -> assertThat(((SheetConflictException) refused).conflicts()).singleElement()
                            .extracting(SheetConflictException.Conflict::cell).isEqualTo(shared));
            var saved = progress.sheet(client, today.minusDays(13), today);
            boolean firstWon = answers.getFirst() instanceof SaveOutcome;
            assertThat(saved.cell(shared)).isEqualTo(firstWon ? comfortable(2) : painful(7));
            assertThat(saved.cells()).as("the refused save left nothing behind").containsOnlyKeys(shared,
                    firstWon ? mine : theirs);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSheetListsTheStagesTheClientStoodOnDuringItsTwoWeeks() {
        assertThat(progress.stagesSince(plan, today.minusDays(13))).containsExactly(0);
        progress.advance(plan, "Seen in clinic; ready for part 1");
        assertThat(progress.stagesSince(plan, today.minusDays(13))).as("a sheet started before the change")
                .containsExactly(0, 1);
        testClock.setDay(today.plusDays(1));
        assertThat(progress.stagesSince(plan, today.plusDays(1))).as("a sheet started after it").containsExactly(1);
    }

    @Test
    void theTodayListSaysWhoNeedsAttentionAndWhy() {
        assertThat(SessionLogs.today(progress)).as("a plan activated today has not gone quiet").isEmpty();

        testClock.setDay(today.plusDays(13));
        assertThat(SessionLogs.today(progress)).as("thirteen days without a log").isEmpty();
        testClock.setDay(today.plusDays(14));
        assertThat(SessionLogs.today(progress)).as("fourteen, with nothing written in between").singleElement()
                .satisfies(a -> assertThat(a.clientName()).isEqualTo("Zoë Ångström"))
                .extracting(Attention::reasons).isEqualTo(List.of(Attention.Reason.NO_RECENT_LOG));
        assertThat(progress.attentionCounts().of(Attention.Reason.NO_RECENT_LOG)).isEqualTo(1);

        var day = today.plusDays(14);
        log(day.minusDays(10), tilt, CellValue.done(null, Feeling.SOME_DISCOMFORT, 2));
        log(day.minusDays(1), tilt, CellValue.done(null, Feeling.SOME_DISCOMFORT, 3));
        assertThat(SessionLogs.today(progress)).as("logged again, pain up by only 1").isEmpty();

        log(day, tilt, CellValue.done(null, Feeling.SOME_DISCOMFORT, 6), Symptom.BLADDER_OR_BOWEL_CHANGES);
        assertThat(SessionLogs.today(progress)).singleElement().extracting(Attention::reasons)
                .as("mean pain 2 the week before, 4.5 this week").isEqualTo(
                        List.of(Attention.Reason.URGENT_RED_FLAG, Attention.Reason.PAIN_UP));
        var counts = progress.attentionCounts();
        assertThat(counts.total()).isEqualTo(1);
        assertThat(counts.byReason()).containsOnlyKeys(Attention.Reason.URGENT_RED_FLAG, Attention.Reason.PAIN_UP);

        testClock.setDay(day.plusDays(6));
        assertThat(SessionLogs.today(progress)).as("the last week logged still shows the rise").singleElement()
                .extracting(Attention::reasons).asList().contains(Attention.Reason.PAIN_UP);
        testClock.setDay(day.plusDays(7));
        assertThat(SessionLogs.today(progress)).as("a week on, only the open red flag remains").singleElement()
                .extracting(Attention::reasons).isEqualTo(List.of(Attention.Reason.URGENT_RED_FLAG));
        testClock.setDay(day.plusDays(14));
        assertThat(SessionLogs.today(progress)).singleElement().extracting(Attention::reasons)
                .as("two weeks after the last log").isEqualTo(List.of(Attention.Reason.URGENT_RED_FLAG,
                        Attention.Reason.NO_RECENT_LOG));
    }

    @Test
    void refusesFutureDaysAndOtherClinicsClients() {
        assertThatThrownBy(() -> log(today.plusDays(1), tilt, comfortable(2))).hasMessageContaining("in the future");
        signIn.atNewClinic();
        assertThatThrownBy(() -> log(today, tilt, comfortable(2))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.readiness(plan)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.openRedFlags(client)).isInstanceOf(NotFoundException.class);
    }

    // --- outcome measures ------------------------------------------------------------------------------------------

    @Test
    void scoredQuestionnairesAreKeptWithTheirDatesAndChanges() {
        var first = progress.recordOswestry(client, today.minusDays(28), OswestryTest.sixteenOverTen());
        assertThat(first.scoreInWords()).isEqualTo("32.0 % (Moderate disability), 10 of 10 sections answered");
        assertThat(first.changeSincePrevious()).isNull();

        var better = new java.util.EnumMap<>(OswestryTest.sixteenOverTen());
        better.put(Oswestry.Section.PAIN, 0);
        better.put(Oswestry.Section.LIFTING, 0);
        better.put(Oswestry.Section.WALKING, 0);
        var second = progress.recordOswestry(client, today, better);
        assertThat(second.score()).isEqualByComparingTo("18.0");
        assertThat(second.changeSincePrevious()).isEqualTo(Change.MEANINGFUL_IMPROVEMENT);

        progress.recordFunctionalScale(client, today.minusDays(28), List.of(new FunctionalScale.Activity("Tying "
                + "my shoes", 3), new FunctionalScale.Activity("Weeding", 2), new FunctionalScale.Activity("Walking "
                + "to the shops", 5)));
        var psfs = progress.recordFunctionalScale(client, today, List.of(new FunctionalScale.Activity("Walking to "
                + "the  shops", 6), new FunctionalScale.Activity("tying my shoes", 5),
                new FunctionalScale.Activity("Weeding", 4)));
        assertThat(psfs.score()).isEqualByComparingTo("5.0");
        assertThat(psfs.changeSincePrevious()).as("the same activities, in another order and case")
                .isEqualTo(Change.NO_MEANINGFUL_CHANGE);
        assertThat(progress.measures(client)).hasSize(4);
        assertThatThrownBy(() -> progress.recordOswestry(client, today, java.util.Map.of()))
                .hasMessageContaining("no score");
    }

    @Test
    void anyValidOswestrySavesIncludingTheHighestBandAndUnansweredSections() {
        var worst = new java.util.HashMap<Oswestry.Section, Integer>();
        for (var section : Oswestry.Section.values()) {
            worst.put(section, 5);
        }
        worst.put(Oswestry.Section.SEX_LIFE, null);
        var result = progress.recordOswestry(client, today, worst);
        assertThat(result.score()).isEqualByComparingTo("100.0");
        assertThat(result.band()).isEqualTo("Bed-bound, or symptoms exaggerated");
        assertThat(result.answered()).isEqualTo(9);
        assertThatThrownBy(() -> progress.recordOswestry(client, null, worst)).hasMessageContaining("Enter the date");
    }

    @Test
    void anIncompleteOswestryIsKeptButNeverComparedForChange() {
        progress.recordOswestry(client, today.minusDays(28), OswestryTest.sixteenOverTen());
        var onlyPain = new java.util.HashMap<Oswestry.Section, Integer>();
        onlyPain.put(Oswestry.Section.PAIN, 0);
        var incomplete = progress.recordOswestry(client, today.minusDays(14), onlyPain);
        assertThat(incomplete.comparable()).isFalse();
        assertThat(incomplete.changeSincePrevious()).as("one section against ten").isNull();
        assertThat(incomplete.scoreInWords()).contains("1 of 10 sections answered", "incomplete");

        var eightSections = OswestryTest.sixteenOverTen();
        eightSections.remove(Oswestry.Section.SEX_LIFE);
        eightSections.remove(Oswestry.Section.TRAVELLING);
        var comparable = progress.recordOswestry(client, today, eightSections);
        assertThat(comparable.comparable()).as("two sections missing is still complete enough").isTrue();
        assertThat(comparable.changeSincePrevious()).as("compared with the complete one, not the incomplete")
                .isEqualTo(Change.NO_MEANINGFUL_CHANGE);
    }

    @Test
    void aFunctionalScaleOverOtherActivitiesIsNotCompared() {
        progress.recordFunctionalScale(client, today.minusDays(28), List.of(new FunctionalScale.Activity("Tying "
                + "my shoes", 1), new FunctionalScale.Activity("Weeding", 1), new FunctionalScale.Activity("Walking", 1)));
        var other = progress.recordFunctionalScale(client, today, List.of(new FunctionalScale.Activity("Swimming",
                9), new FunctionalScale.Activity("Weeding", 9), new FunctionalScale.Activity("Walking", 9)));
        assertThat(other.changeSincePrevious()).as("8 points up, but over other activities").isNull();
        assertThatThrownBy(() -> new FunctionalScale.Activity("x".repeat(900), 5)).hasMessageContaining("under 80");
    }

    private SaveOutcome log(LocalDate day, long exercise, CellValue value, Symptom... symptoms) {
        return SessionLogs.log(progress, client, day, exercise, value, symptoms);
    }

    long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
