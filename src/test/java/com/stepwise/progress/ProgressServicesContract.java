package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.stepwise.TestClinics;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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

    long client;
    long plan;
    long tilt;
    long part1;
    LocalDate today;

    @BeforeEach
    void activeChainPlan() {
        signIn.atNewClinic();
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
        content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose(), null);
        content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose(), null);
        long part2 = builtIn("gluteal-stretch-part-2");
        content = content.withExercise(content.stages().get(2).key(), part2, exercises.get(part2).defaultDose(), null);
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void threeComfortableDaysMakeTheNextStageReady() {
        var before = progress.readiness(plan);
        assertThat(before.currentStageName()).isEqualTo("Stage 1");
        assertThat(before.ready()).isFalse();
        assertThat(before.unlocks()).singleElement().satisfies(unlock -> assertThat(unlock.requirements())
                .containsExactly("Somatic pelvic tilt (3 parts): 0 of 3 comfortable sessions with pain ≤ 3 in the "
                        + "last 14 days"));

        for (int daysAgo : new int[] {0, 2, 4}) {
            progress.recordDay(client, today.minusDays(daysAgo), List.of(comfortable(today.minusDays(daysAgo), tilt)),
                    null);
        }
        assertThat(progress.readiness(plan).ready()).isTrue();
        assertThat(progress.needingAttention()).singleElement().extracting(Attention::reasons)
                .as("the Today list prompts").isEqualTo(List.of(Attention.Reason.READY_TO_PROGRESS));

        var after = progress.advance(plan, null);
        assertThat(progress.needingAttention()).as("advanced: the prompt is gone").isEmpty();
        assertThat(progress.currentStage(plan)).isEqualTo(1);
        assertThat(after.currentStageName()).isEqualTo("Part 1");
        assertThat(after.unlocks()).singleElement().satisfies(unlock -> assertThat(unlock.requirements())
                .containsExactly("Gluteal stretches, part 1: 0 of 3 comfortable sessions with pain ≤ 3 in the last "
                        + "14 days"));
    }

    @Test
    void advancingWithoutTheCriteriaNeedsAWrittenReason() {
        progress.recordDay(client, today, List.of(comfortable(today, tilt)), null);
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
        assertThat(timeline).filteredOn(entry -> entry.kind() == TimelineEntry.Kind.STAGE).singleElement()
                .extracting(TimelineEntry::text).asString().startsWith("Back to gardening: moved on to Part 1 by ");
    }

    @Test
    void aRedFlagBlocksProgressingAndIsReported() {
        for (int daysAgo : new int[] {0, 1, 2}) {
            progress.recordDay(client, today.minusDays(daysAgo), List.of(comfortable(today.minusDays(daysAgo), tilt)),
                    null);
        }
        progress.recordDay(client, today, List.of(new LoggedExercise(today, tilt, true, null, 2, Feeling.COMFORTABLE,
                Set.of(Symptom.NUMBNESS_OR_TINGLING))), "Tingling in the left foot after the walk");

        var readiness = progress.readiness(plan);
        assertThat(readiness.redFlag()).isTrue();
        assertThat(readiness.ready()).isFalse();
        assertThatThrownBy(() -> progress.advance(plan, null)).hasMessageContaining("red-flag symptom");
        assertThat(progress.recentRedFlags(client)).extracting(RedFlag::date, RedFlag::inWords)
                .containsExactly(tuple(today, "Numbness or tingling in the legs"));
    }

    @Test
    void theTodayListSaysWhoNeedsAttentionAndWhy() {
        assertThat(progress.needingAttention()).as("a plan activated today has not gone quiet").isEmpty();

        transactions.executeWithoutResult(tx -> entityManager
                .createNativeQuery("update plan set updated_at = updated_at - interval '15' day where id = :id")
                .setParameter("id", plan).executeUpdate());
        assertThat(progress.needingAttention()).singleElement()
                .satisfies(a -> assertThat(a.clientName()).isEqualTo("Zoë Ångström"))
                .extracting(Attention::reasons).isEqualTo(List.of(Attention.Reason.NO_RECENT_LOG));

        logPain(today.minusDays(10), 2, Set.of());
        logPain(today.minusDays(1), 3, Set.of());
        assertThat(progress.needingAttention()).as("logged again, pain up by only 1").isEmpty();

        logPain(today, 6, Set.of(Symptom.BLADDER_OR_BOWEL_CHANGES));
        assertThat(progress.needingAttention()).singleElement().extracting(Attention::reasons)
                .as("mean pain 2 the week before, 4.5 this week").isEqualTo(
                        List.of(Attention.Reason.RED_FLAG, Attention.Reason.PAIN_UP));
    }

    private void logPain(LocalDate day, int pain, Set<Symptom> symptoms) {
        progress.recordDay(client, day, List.of(new LoggedExercise(day, tilt, true, null, pain,
                Feeling.SOME_DISCOMFORT, symptoms)), null);
    }

    @Test
    void aRedFlagOlderThanTwoWeeksNoLongerRaisesTheAlert() {
        progress.recordDay(client, today.minusDays(14), List.of(new LoggedExercise(today.minusDays(14), tilt, true,
                null, 2, Feeling.COMFORTABLE, Set.of(Symptom.NEW_LEG_WEAKNESS))), null);
        progress.recordDay(client, today.minusDays(13), List.of(new LoggedExercise(today.minusDays(13), tilt, true,
                null, 2, Feeling.COMFORTABLE, Set.of(Symptom.SHARP_OR_SHOOTING_PAIN))), null);

        assertThat(progress.recentRedFlags(client)).extracting(RedFlag::date).containsExactly(today.minusDays(13));
    }

    @Test
    void aCorrectedDayIsUpdatedAndItsHistoryKept() {
        progress.recordDay(client, today, List.of(new LoggedExercise(today, tilt, true, null, 6, Feeling.PAINFUL,
                Set.of())), null);
        progress.recordDay(client, today, List.of(comfortable(today, tilt)), "Misread the sheet: it was a 2");

        assertThat(progress.sessions(client, today, today)).singleElement()
                .satisfies(log -> assertThat(log.pain()).isEqualTo(2));
        int revisions = transactions.execute(status -> {
            var id = entityManager.createQuery("select s.id from SessionLog s where s.clientId = :client", Long.class)
                    .setParameter("client", client).getSingleResult();
            return AuditReaderFactory.get(entityManager).getRevisions(SessionLog.class, id).size();
        });
        assertThat(revisions).isEqualTo(2);
    }

    @Test
    void refusesFutureDaysAndOtherClinicsClients() {
        assertThatThrownBy(() -> progress.recordDay(client, today.plusDays(1),
                List.of(comfortable(today.plusDays(1), tilt)), null)).hasMessageContaining("in the future");
        signIn.atNewClinic();
        assertThatThrownBy(() -> progress.recordDay(client, today, List.of(comfortable(today, tilt)), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.readiness(plan)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void scoredQuestionnairesAreKeptWithTheirDatesAndChanges() {
        var first = progress.recordOswestry(client, today.minusDays(28), OswestryTest.sixteenOverTen());
        assertThat(first.scoreInWords()).isEqualTo("32.0 % (Moderate disability)");
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
        var psfs = progress.recordFunctionalScale(client, today, List.of(new FunctionalScale.Activity("Tying my "
                + "shoes", 5), new FunctionalScale.Activity("Weeding", 4), new FunctionalScale.Activity("Walking to "
                + "the shops", 6)));
        assertThat(psfs.score()).isEqualByComparingTo("5.0");
        assertThat(psfs.changeSincePrevious()).isEqualTo(Change.NO_MEANINGFUL_CHANGE);
        assertThat(progress.measures(client)).hasSize(4);
        assertThatThrownBy(() -> progress.recordOswestry(client, today, java.util.Map.of()))
                .hasMessageContaining("no score");
    }

    static LoggedExercise comfortable(LocalDate date, long exercise) {
        return new LoggedExercise(date, exercise, true, null, 2, Feeling.COMFORTABLE, Set.of());
    }

    long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
