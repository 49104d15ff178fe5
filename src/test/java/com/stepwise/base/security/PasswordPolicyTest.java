package com.stepwise.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aPassphraseOfSeveralWordsIsWelcomeWhateverItsLength() {
        assertThat(PasswordPolicy.problem("gentle-tilt-before-coffee")).isNull();
        var eighty = "the quiet heron waits by the river while the tide turns slowly over grey stones!";
        assertThat(eighty).hasSize(80);
        assertThat(PasswordPolicy.problem(eighty)).as("longer than bcrypt's 72 bytes").isNull();
        assertThat(PasswordPolicy.problem("ñandú-über-東京-straße")).as("any script").isNull();
    }

    @Test
    void refusesTooShortTooLongAndOnlySpaces() {
        assertThat(PasswordPolicy.problem("elevenchars")).startsWith("Choose a password of at least 12");
        assertThat(PasswordPolicy.problem(" ".repeat(12))).contains("spaces alone do not count");
        assertThat(PasswordPolicy.problem(null)).isNotNull();
        assertThat(PasswordPolicy.problem("x".repeat(100) + "y".repeat(29))).startsWith("Keep the password under 128");
        assertThat(PasswordPolicy.problem("😀🐢🌿".repeat(4))).as("twelve characters, counted as people count them")
                .isNull();
    }

    @Test
    void refusesWhatAttackersTryFirst() {
        for (var guess : new String[] {"password1234", "PASSWORD1234", "Physiotherapy", "aaaaaaaaaaaa",
                "abababababab", "123456789012", "abcdefghijkl", "987654321098", "567890123456"}) {
            assertThat(PasswordPolicy.problem(guess)).as(guess).contains("first ones anyone trying to break in");
        }
    }
}
