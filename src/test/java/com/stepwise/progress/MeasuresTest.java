package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.progress.FunctionalScale.Activity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void theFunctionalScaleIsTheMeanOfThreeToFiveActivities() {
        assertThat(FunctionalScale.score(List.of(new Activity("Tying my shoes", 3),
                new Activity("Weeding the garden", 4), new Activity("Lifting my grandson", 6))))
                .isEqualByComparingTo("4.3");
        assertThatThrownBy(() -> FunctionalScale.score(List.of(new Activity("Walking", 5), new Activity("Sitting",
                5)))).hasMessageContaining("3 to 5 activities");
        assertThatThrownBy(() -> new Activity("Walking", 11)).hasMessageContaining("0 (unable) to 10");
    }

    @Test
    void changesAreMeaningfulFromTheThresholdInTheRightDirection() {
        assertThat(Change.oswestry(new BigDecimal("42"), new BigDecimal("32"))).isEqualTo(Change.MEANINGFUL_IMPROVEMENT);
        assertThat(Change.oswestry(new BigDecimal("32"), new BigDecimal("41.9"))).isEqualTo(Change.NO_MEANINGFUL_CHANGE);
        assertThat(Change.oswestry(new BigDecimal("32"), new BigDecimal("42"))).isEqualTo(Change.MEANINGFUL_WORSENING);
        assertThat(Change.pain(6, 4)).isEqualTo(Change.MEANINGFUL_IMPROVEMENT);
        assertThat(Change.pain(4, 5)).isEqualTo(Change.NO_MEANINGFUL_CHANGE);
        assertThat(Change.pain(3, 5)).isEqualTo(Change.MEANINGFUL_WORSENING);
        assertThat(Change.functional(new BigDecimal("4.3"), new BigDecimal("6.3"))).isEqualTo(
                Change.MEANINGFUL_IMPROVEMENT);
        assertThat(Change.functional(new BigDecimal("6.3"), new BigDecimal("4.5"))).isEqualTo(
                Change.NO_MEANINGFUL_CHANGE);
    }
}
