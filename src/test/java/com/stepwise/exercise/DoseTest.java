package com.stepwise.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.UserFacingException;
import org.junit.jupiter.api.Test;

class DoseTest {

    @Test
    void saysABreathHoldInPlainWords() {
        var dose = new Dose(null, 3, 8, 10, HoldUnit.BREATHS, Sides.EACH_SIDE, 2, 7);
        assertThat(dose.inWords()).isEqualTo("Hold for 8 to 10 slow breaths · 3 times · each side · morning and evening");
    }

    @Test
    void saysASingleHoldAndFewerDays() {
        var dose = new Dose(2, null, 30, null, HoldUnit.SECONDS, Sides.NONE, 1, 5);
        assertThat(dose.inWords()).isEqualTo("Hold for 30 seconds · 2 rounds · once a day · 5 days a week");
    }

    @Test
    void fallsBackToThePhysiosWordWhenNothingIsSet() {
        assertThat(new Dose(null, null, null, null, null, null, null, null).inWords())
                .isEqualTo("As your physiotherapist shows you");
    }

    @Test
    void estimatesTheTimeOfASession() {
        // 3 holds of 10 slow breaths (50 s) on each side, plus 20 s to get into position.
        assertThat(new Dose(null, 3, 8, 10, HoldUnit.BREATHS, Sides.EACH_SIDE, 2, 7).estimatedSeconds(null))
                .isEqualTo(20 + 3 * 50 * 2);
        // 2 rounds of 5 lifts of 4 s, with 30 s rest between the rounds.
        assertThat(new Dose(2, 5, null, null, null, Sides.NONE, 1, 7).estimatedSeconds(30)).isEqualTo(20 + 40 + 30);
    }

    @Test
    void needsAUnitForAHold() {
        assertThatThrownBy(() -> new Dose(null, null, 10, null, null, Sides.NONE, 2, 7))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("seconds or in breaths");
    }

    @Test
    void refusesALongestHoldShorterThanTheShortest() {
        assertThatThrownBy(() -> new Dose(null, null, 30, 10, HoldUnit.SECONDS, Sides.NONE, 2, 7))
                .hasMessageContaining("cannot be shorter");
    }

    @Test
    void refusesMoreThanSevenDaysAWeek() {
        assertThatThrownBy(() -> new Dose(null, 5, null, null, null, Sides.NONE, 2, 8))
                .hasMessageContaining("between 1 and 7");
    }
}
