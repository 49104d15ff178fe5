package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.progress.ReadinessRule.PrescribedDose;
import com.stepwise.progression.Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When part 1 counts as comfortable enough to unlock part 2, from the client's own logged sessions. */
class ReadinessRuleTest {

    static final long PART_1 = 2, CAT_COW = 4;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final PrescribedDose THREE_SETS = new PrescribedDose(3, null);

    static LoggedExercise comfortable(int daysAgo, int pain) {
        return session(daysAgo, 1, 3, pain, Feeling.COMFORTABLE);
    }

    static LoggedExercise session(int daysAgo, int session, Integer sets, Integer pain, Feeling feeling) {
        return new LoggedExercise(TODAY.minusDays(daysAgo), PART_1, session, feeling != null, sets, pain, feeling);
    }

    static ReadinessRule.Readiness evaluate(List<LoggedExercise> logs) {
        return ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, THREE_SETS, false, false, TODAY);
    }

    @Test
    void threeComfortableDaysWithinTwoWeeksAreEnough() {
        var readiness = evaluate(List.of(comfortable(13, 1), comfortable(5, 3), comfortable(0, 2)));
        assertThat(readiness.met()).isTrue();
        assertThat(readiness.inWords("Gluteal stretches, part 1")).isEqualTo("Gluteal stretches, part 1: 3 of 3 "
                + "comfortable days at the prescribed dose with pain ≤ 3 in the last 14 days");
    }

    @Test
    void theWindowIsTheLastFourteenDaysTodayIncluded() {
        assertThat(evaluate(List.of(comfortable(14, 1), comfortable(5, 3), comfortable(0, 2))).comfortableDays())
                .isEqualTo(2);
        assertThat(evaluate(List.of(comfortable(-1, 2))).comfortableDays()).as("a date after today").isZero();
    }

    @Test
    void painExactlyAtTheLimitCountsAndAboveDoesNot() {
        assertThat(evaluate(List.of(comfortable(2, 3), comfortable(1, 3), comfortable(0, 3))).met()).isTrue();
        assertThat(evaluate(List.of(comfortable(3, 1), comfortable(2, 4), comfortable(1, 3), comfortable(0, 3)))
                .comfortableDays()).isEqualTo(3);
    }

    @Test
    void someDiscomfortIsNotComfortable() {
        var logs = new ArrayList<>(List.of(comfortable(1, 1), comfortable(0, 1)));
        logs.addFirst(session(2, 1, 3, 1, Feeling.SOME_DISCOMFORT));
        var readiness = evaluate(logs);
        assertThat(readiness.comfortableDays()).isEqualTo(2);
        assertThat(readiness.met()).isFalse();
        assertThat(readiness.inWords("Gluteal stretches, part 1")).startsWith(
                "Gluteal stretches, part 1: 2 of 3 comfortable days");
    }

    @Test
    void fewerSetsThanPrescribedOrNotDoneDoNotCount() {
        var logs = List.of(session(3, 1, null, null, null), session(2, 1, 2, 1, Feeling.COMFORTABLE),
                comfortable(1, 1), comfortable(0, 1));
        assertThat(evaluate(logs).comfortableDays()).isEqualTo(2);
    }

    @Test
    void withoutPrescribedSetsAnySessionDoneCounts() {
        var logs = List.of(session(2, 1, null, 1, Feeling.COMFORTABLE), session(1, 1, null, 1, Feeling.COMFORTABLE),
                session(0, 1, null, 1, Feeling.COMFORTABLE));
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, PrescribedDose.ONCE, false, false, TODAY)
                .met()).isTrue();
    }

    @Test
    void twiceADayNeedsBothSessionsDoneComfortably() {
        var twice = new PrescribedDose(null, 2);
        var logs = List.of(
                // both sessions, comfortable: counts
                session(3, 1, null, 1, Feeling.COMFORTABLE), session(3, 2, null, 2, Feeling.COMFORTABLE),
                // only the morning: not the prescribed dose
                session(2, 1, null, 1, Feeling.COMFORTABLE),
                // a painful evening spoils the comfortable morning
                session(1, 1, null, 1, Feeling.COMFORTABLE), session(1, 2, null, 5, Feeling.PAINFUL),
                // both again
                session(0, 1, null, 2, Feeling.COMFORTABLE), session(0, 2, null, 2, Feeling.COMFORTABLE));
        var readiness = ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, twice, false, false, TODAY);
        assertThat(readiness.comfortableDays()).isEqualTo(2);
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, PrescribedDose.ONCE, false, false, TODAY)
                .comfortableDays()).as("once a day, the morning alone is enough").isEqualTo(3);
    }

    @Test
    void otherExercisesDoNotCount() {
        var logs = List.of(new LoggedExercise(TODAY, CAT_COW, 1, true, 3, 1, Feeling.COMFORTABLE), comfortable(1, 1));
        assertThat(evaluate(logs).comfortableDays()).isEqualTo(1);
    }

    @Test
    void anOpenRedFlagBlocksEvenASignOff() {
        var logs = List.of(comfortable(2, 1), comfortable(1, 1), comfortable(0, 1));
        var readiness = ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, THREE_SETS, true, true, TODAY);
        assertThat(readiness.redFlag()).isTrue();
        assertThat(readiness.met()).isFalse();
        assertThat(readiness.inWords("Gluteal stretches, part 1")).contains("a red flag is open");
    }

    @Test
    void painAboveTheLimitLastTimeBlocksEvenASignOff() {
        var logs = List.of(comfortable(3, 1), comfortable(2, 1), comfortable(1, 1),
                session(0, 1, 3, 8, Feeling.PAINFUL));
        var readiness = ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, THREE_SETS, true, false, TODAY);
        assertThat(readiness.comfortableDays()).isEqualTo(3);
        assertThat(readiness.painAboveLimit()).isTrue();
        assertThat(readiness.met()).isFalse();
        assertThat(readiness.inWords("Part 1")).contains("pain was 8 the last time, above the limit of 3");
        assertThat(evaluate(List.of(comfortable(3, 1), session(2, 1, 3, 8, Feeling.PAINFUL), comfortable(1, 1),
                comfortable(0, 1))).met()).as("pain back within the limit since").isTrue();
    }

    @Test
    void aSessionWithoutSetsOrPainDoesNotCountWhereTheyAreAsked() {
        var logs = List.of(session(2, 1, null, 1, Feeling.COMFORTABLE), session(1, 1, 3, null, Feeling.COMFORTABLE),
                comfortable(0, 1));
        assertThat(evaluate(logs).comfortableDays()).as("no sets recorded; no pain recorded").isEqualTo(1);
    }

    @Test
    void evidenceHoldsUntilTheOldestDayItCountsOnLeavesTheWindow() {
        var exactly = evaluate(List.of(comfortable(6, 1), comfortable(4, 1), comfortable(2, 1)));
        assertThat(exactly.metUntil()).as("three days, the oldest six days ago").isEqualTo(TODAY.minusDays(6)
                .plusDays(13));
        var more = evaluate(List.of(comfortable(9, 1), comfortable(6, 1), comfortable(4, 1), comfortable(2, 1)));
        assertThat(more.metUntil()).as("the third most recent counts").isEqualTo(TODAY.minusDays(6).plusDays(13));
        assertThat(evaluate(List.of(comfortable(4, 1), comfortable(2, 1))).metUntil()).as("not met").isNull();
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, List.of(comfortable(6, 1), comfortable(4, 1),
                comfortable(2, 1)), THREE_SETS, true, false, TODAY).metUntil()).as("a sign-off does not age")
                .isNull();
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, List.of(comfortable(6, 1), comfortable(4, 1),
                comfortable(2, 1)), THREE_SETS, false, true, TODAY).metUntil()).as("a red flag: not met").isNull();
    }

    @Test
    void aSignOffSaysSoInWords() {
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, List.of(), THREE_SETS, true, false, TODAY)
                .inWords("Part 1")).endsWith("(signed off by a clinician)");
        assertThat(evaluate(List.of()).inWords("Part 1")).doesNotContain("signed off", "red flag", "pain was");
    }

    @Test
    void everMetFindsAnyWindowThatHeldEnoughDays() {
        var criterion = new Criterion(3, 7, 3);
        assertThat(ReadinessRule.everMet(PART_1, criterion, List.of(comfortable(40, 1), comfortable(37, 1),
                comfortable(34, 1)), THREE_SETS, TODAY)).as("days 40, 37, 34: within seven").isTrue();
        assertThat(ReadinessRule.everMet(PART_1, criterion, List.of(comfortable(40, 1), comfortable(37, 1),
                comfortable(33, 1)), THREE_SETS, TODAY)).as("40 to 33 is eight days").isFalse();
        assertThat(ReadinessRule.everMet(PART_1, criterion, List.of(comfortable(2, 1), comfortable(1, 1),
                comfortable(-1, 1)), THREE_SETS, TODAY)).as("a day after today does not count").isFalse();
    }

    @Test
    void aSignOffStillCountsWithoutLogs() {
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, List.of(), THREE_SETS, true, false, TODAY).met())
                .isTrue();
    }
}
