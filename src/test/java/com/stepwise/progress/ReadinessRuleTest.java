package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.progression.Criterion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When part 1 counts as comfortable enough to unlock part 2, from the client's own logged sessions. */
class ReadinessRuleTest {

    static final long PART_1 = 2, CAT_COW = 4;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static LoggedExercise comfortable(int daysAgo, int pain) {
        return new LoggedExercise(TODAY.minusDays(daysAgo), PART_1, true, 3, pain, Feeling.COMFORTABLE, Set.of());
    }

    static ReadinessRule.Readiness evaluate(List<LoggedExercise> logs) {
        return ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, 3, false, TODAY);
    }

    @Test
    void threeComfortableDaysWithinTwoWeeksAreEnough() {
        var readiness = evaluate(List.of(comfortable(0, 2), comfortable(5, 3), comfortable(13, 1)));
        assertThat(readiness.met()).isTrue();
        assertThat(readiness.inWords("Gluteal stretches, part 1"))
                .isEqualTo("Gluteal stretches, part 1: 3 of 3 comfortable sessions with pain ≤ 3 in the last 14 days");
    }

    @Test
    void theWindowIsTheLastFourteenDaysTodayIncluded() {
        assertThat(evaluate(List.of(comfortable(0, 2), comfortable(5, 3), comfortable(14, 1))).comfortableDays())
                .isEqualTo(2);
        assertThat(evaluate(List.of(comfortable(-1, 2))).comfortableDays()).as("a date after today").isZero();
    }

    @Test
    void painExactlyAtTheLimitCountsAndAboveDoesNot() {
        assertThat(evaluate(List.of(comfortable(0, 3), comfortable(1, 3), comfortable(2, 3))).met()).isTrue();
        assertThat(evaluate(List.of(comfortable(0, 3), comfortable(1, 3), comfortable(2, 4))).met()).isFalse();
    }

    @Test
    void someDiscomfortIsNotComfortable() {
        var logs = new ArrayList<>(List.of(comfortable(0, 1), comfortable(1, 1)));
        logs.add(new LoggedExercise(TODAY.minusDays(2), PART_1, true, 3, 1, Feeling.SOME_DISCOMFORT, Set.of()));
        var readiness = evaluate(logs);
        assertThat(readiness.comfortableDays()).isEqualTo(2);
        assertThat(readiness.inWords("Gluteal stretches, part 1")).startsWith(
                "Gluteal stretches, part 1: 2 of 3 comfortable sessions");
    }

    @Test
    void fewerSetsThanPrescribedOrNotDoneDoNotCount() {
        var logs = List.of(comfortable(0, 1), comfortable(1, 1),
                new LoggedExercise(TODAY.minusDays(2), PART_1, true, 2, 1, Feeling.COMFORTABLE, Set.of()),
                new LoggedExercise(TODAY.minusDays(3), PART_1, false, null, null, null, Set.of()));
        assertThat(evaluate(logs).comfortableDays()).isEqualTo(2);
    }

    @Test
    void twoLogsOnOneDayAreOneSession() {
        assertThat(evaluate(List.of(comfortable(0, 1), comfortable(0, 2), comfortable(1, 1))).comfortableDays())
                .isEqualTo(2);
    }

    @Test
    void aRedFlagAnywhereInTheWindowBlocksEvenASignOff() {
        var logs = List.of(comfortable(0, 1), comfortable(1, 1), comfortable(2, 1),
                new LoggedExercise(TODAY.minusDays(4), CAT_COW, true, 1, 2, Feeling.COMFORTABLE,
                        Set.of(Symptom.NUMBNESS_OR_TINGLING)));
        var readiness = ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, logs, 3, true, TODAY);
        assertThat(readiness.redFlag()).isTrue();
        assertThat(readiness.met()).isFalse();
        assertThat(readiness.inWords("Gluteal stretches, part 1")).contains("red-flag symptom");
    }

    @Test
    void aSignOffStillCountsWithoutLogs() {
        assertThat(ReadinessRule.evaluate(PART_1, Criterion.DEFAULT, List.of(), 3, true, TODAY).met()).isTrue();
    }
}
