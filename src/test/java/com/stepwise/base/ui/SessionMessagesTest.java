package com.stepwise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionMessagesTest {

    @Test
    void anEndedSessionSaysWhyWhatWasLostAndHowToGoOn() {
        var messages = new SessionMessages("30m").messages();
        assertThat(messages.getSessionExpiredCaption()).isEqualTo("You were signed out");
        assertThat(messages.getSessionExpiredMessage()).contains("after 30 minutes without activity",
                "had not saved was not saved", "sign in again");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
    }

    @Test
    void theIdleTimeReadsAsWords() {
        assertThat(SessionMessages.inWords("45m")).isEqualTo("45 minutes");
        assertThat(SessionMessages.inWords("1h")).isEqualTo("1 hour");
        assertThat(SessionMessages.inWords("PT20M")).isEqualTo("PT20M");
    }
}
