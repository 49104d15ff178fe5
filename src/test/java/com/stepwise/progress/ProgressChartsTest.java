package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts are SVG with labelled axes and units, named series and, for the Oswestry, its bands. */
class ProgressChartsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final Review review = new Review(MONDAY, MONDAY.plusDays(13), List.of(
            new LoggedExercise(MONDAY, 1, 1, true, 1, 4, Feeling.SOME_DISCOMFORT),
            new LoggedExercise(MONDAY, 2, 1, true, 1, 2, Feeling.COMFORTABLE),
            new LoggedExercise(MONDAY.plusDays(8), 1, 1, true, 1, 1, Feeling.COMFORTABLE)),
            Map.of(1L, "Somatic pelvic tilt", 2L, "Gluteal stretches, part 1"),
            List.of(new Review.WeekAdherence(MONDAY, 1, 5), new Review.WeekAdherence(MONDAY.plusWeeks(1), 5, 5)),
            List.of(new MeasureResult(MeasureKind.ODI, MONDAY, new BigDecimal("34.0"), "Moderate disability", "A",
                            10, true, null),
                    new MeasureResult(MeasureKind.ODI, MONDAY.plusDays(10), new BigDecimal("22.0"),
                            "Moderate disability", "A", 10, true, Change.MEANINGFUL_IMPROVEMENT)), List.of());

    @Test
    void painNamesEachExerciseAndTheDaysMean() {
        assertThat(ProgressCharts.pain(review)).startsWith("<svg").contains("viewBox='0.0 0.0 720.0 320.0'")
                .contains("Pain during the exercises", "Pain (0 none – 10 worst)", "Date",
                        "All exercises (mean of the day)", "Somatic pelvic tilt", "Gluteal stretches, part 1");
    }

    @Test
    void painChangeIsFlaggedFromTwoPoints() {
        assertThat(review.painChangeInWords()).contains("Pain during the exercises: mean 1.0 / 10 in the last seven "
                + "days, 3.0 in the seven before. Meaningful improvement.");
    }

    @Test
    void adherenceIsAPercentagePerWeek() {
        assertThat(review.weeks().get(0).percent()).isEqualTo(20.0);
        assertThat(ProgressCharts.adherence(review)).contains("Sessions done each week", "Week starting",
                "Done, % of prescribed", "2 Nov", "9 Nov");
    }

    @Test
    void theOswestryShowsItsBands() {
        assertThat(ProgressCharts.measure(review, MeasureKind.ODI)).contains("Oswestry Disability Index",
                "Disability (%), lower is better", "Minimal disability", "Moderate disability", "Severe disability");
    }
}
