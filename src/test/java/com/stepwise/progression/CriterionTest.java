package com.stepwise.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.UserFacingException;
import org.junit.jupiter.api.Test;

class CriterionTest {

    @Test
    void defaultsFollowTheDomainRule() {
        assertThat(Criterion.DEFAULT).isEqualTo(new Criterion(3, 14, 3));
        assertThat(Criterion.DEFAULT.inWords())
                .isEqualTo("3 comfortable sessions within 14 days, pain no higher than 3 out of 10");
    }

    @Test
    void refusesPainOutsideTheZeroToTenScale() {
        assertThatThrownBy(() -> new Criterion(3, 14, 11)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> new Criterion(3, 14, -1)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void refusesMoreSessionsThanDaysInTheWindow() {
        assertThatThrownBy(() -> new Criterion(5, 3, 3)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("not enough days");
    }

    @Test
    void refusesEmptyOrOverlongCriteria() {
        assertThatThrownBy(() -> new Criterion(0, 14, 3)).hasMessageContaining("between 1 and 30");
        assertThatThrownBy(() -> new Criterion(3, 120, 3)).hasMessageContaining("between 1 and 90");
    }

    @Test
    void acceptsTheBoundaries() {
        assertThat(new Criterion(1, 1, 0).inWords()).isEqualTo(
                "1 comfortable session within 1 day, pain no higher than 0 out of 10");
        assertThat(new Criterion(30, 90, 10).maxPain()).isEqualTo(10);
    }
}
