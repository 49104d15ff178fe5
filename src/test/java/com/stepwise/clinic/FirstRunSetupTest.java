package com.stepwise.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstRunSetupTest {

    @Test
    void acceptsACompleteSetupAndTrimsIt() {
        var setup = new FirstRunSetup("  Harbour Physio ", "Alex Morgan", " alex@harbour.test ", "long-enough-pw");
        assertThat(setup.problem()).isNull();
        assertThat(setup.clinicName()).isEqualTo("Harbour Physio");
        assertThat(setup.email()).isEqualTo("alex@harbour.test");
    }

    @Test
    void explainsTheFirstThingToFix() {
        assertThat(new FirstRunSetup("", "Alex", "a@b.org", "long-enough-pw").problem())
                .isEqualTo("Enter the clinic's name.");
        assertThat(new FirstRunSetup("Harbour", " ", "a@b.org", "long-enough-pw").problem())
                .startsWith("Enter your name");
        assertThat(new FirstRunSetup("Harbour", "Alex", "not-an-address", "long-enough-pw").problem())
                .startsWith("Enter a valid e-mail address");
        assertThat(new FirstRunSetup("Harbour", "Alex", "a@b.org", "short").problem())
                .startsWith("Choose a password of at least 12 characters.");
        assertThat(new FirstRunSetup("Harbour", "Alex", "a@b.org", "long-enough-pw").problem()).isNull();
    }
}
