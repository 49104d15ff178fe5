package com.stepwise.progress;

import java.time.LocalDate;

/** One event of a client's progress, for the review's timeline: a session, a stage change, a sign-off, a score. */
public record TimelineEntry(LocalDate date, Kind kind, String text) {

    public enum Kind {
        SESSION("Session"),
        RED_FLAG("Red flag"),
        STAGE("Stage"),
        OVERRIDE("Override"),
        SIGN_OFF("Sign-off"),
        QUESTIONNAIRE("Questionnaire");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
