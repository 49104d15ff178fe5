package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.UserFacingException;
import com.stepwise.progress.Oswestry.Band;
import com.stepwise.progress.Oswestry.Section;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OswestryTest {

    /** Answers totalling 16 over all ten sections. */
    static Map<Section, Integer> sixteenOverTen() {
        var answers = new EnumMap<Section, Integer>(Section.class);
        int[] values = {2, 1, 3, 2, 2, 1, 2, 0, 2, 1};
        for (int i = 0; i < values.length; i++) {
            answers.put(Section.values()[i], values[i]);
        }
        return answers;
    }

    @Test
    void sixteenOfFiftyIsThirtyTwoPercent() {
        var score = Oswestry.score(sixteenOverTen());
        assertThat(score.percent()).isEqualByComparingTo("32.0");
        assertThat(score.band()).isEqualTo(Band.MODERATE);
        assertThat(score.answered()).isEqualTo(10);
    }

    @Test
    void aMissingSectionLeavesBothSums() {
        var answers = sixteenOverTen();
        answers.remove(Section.SEX_LIFE); // answered 0, so the sum stays 16 over 45
        assertThat(Oswestry.score(answers).percent()).isEqualByComparingTo("35.6");
    }

    @Test
    void noAnswerAtAllIsRefusedNotZero() {
        assertThatThrownBy(() -> Oswestry.score(Map.of())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no score");
    }

    @Test
    void answersOutsideZeroToFiveAreRefused() {
        assertThatThrownBy(() -> Oswestry.score(Map.of(Section.PAIN, 6))).hasMessageContaining("0 to 5");
    }

    @Test
    void bandsFollowThePublishedRanges() {
        assertThat(Band.of(new BigDecimal("0"))).isEqualTo(Band.MINIMAL);
        assertThat(Band.of(new BigDecimal("20.0"))).isEqualTo(Band.MINIMAL);
        assertThat(Band.of(new BigDecimal("20.1"))).isEqualTo(Band.MODERATE);
        assertThat(Band.of(new BigDecimal("40"))).isEqualTo(Band.MODERATE);
        assertThat(Band.of(new BigDecimal("41"))).isEqualTo(Band.SEVERE);
        assertThat(Band.of(new BigDecimal("61"))).isEqualTo(Band.CRIPPLED);
        assertThat(Band.of(new BigDecimal("81"))).isEqualTo(Band.BED_BOUND);
        assertThat(Band.of(new BigDecimal("100"))).isEqualTo(Band.BED_BOUND);
    }

    @Test
    void everySectionHasSixShortAnchors() {
        for (var section : Section.values()) {
            assertThat(section.anchors()).as(section.title()).hasSize(6).doesNotHaveDuplicates()
                    .allSatisfy(anchor -> assertThat(anchor.length()).as("short, not a questionnaire's sentence")
                            .isLessThanOrEqualTo(30));
        }
        assertThat(Section.WALKING.scoreInWords(3)).isEqualTo("3 · about 100 m");
    }

    @Test
    void anUnansweredSectionMayBeGivenAsNull() {
        var answers = new java.util.HashMap<Section, Integer>(sixteenOverTen());
        answers.put(Section.SEX_LIFE, null);
        var score = Oswestry.score(answers);
        assertThat(score.answered()).isEqualTo(9);
        assertThat(score.percent()).isEqualByComparingTo("35.6");
    }

    @Test
    void moreThanTwoSectionsMissingIsIncomplete() {
        var answers = sixteenOverTen();
        answers.remove(Section.SEX_LIFE);
        answers.remove(Section.TRAVELLING);
        assertThat(Oswestry.score(answers).complete()).as("two missing").isTrue();
        answers.remove(Section.SLEEPING);
        assertThat(Oswestry.score(answers).complete()).as("three missing").isFalse();
    }

    @Test
    void everyBandLabelFitsItsColumn() {
        for (var band : Band.values()) {
            assertThat(band.label().length()).as(band.label()).isLessThanOrEqualTo(40);
        }
    }
}
