package com.stepwise.clientlink;

import java.util.List;

/**
 * Everything the client's own page shows, already in the client's language: the plan's current stage as the handout
 * prints it, the day being reported with what is recorded for it, the warning signs, and the outcome of a save. Only
 * the client's first name and the clinic's details are in it: nothing else of the record leaves the clinic.
 */
public record ClientPage(String language, boolean rightToLeft, String title, String clinicName, String logoAlt,
                         boolean hasLogo, String hello, String intro, String stageHeading, String stageNotes,
                         List<Exercise> exercises, String nextHeading, List<String> next, Safety safety,
                         Report report) {

    public record Exercise(String name, String purpose, String dose, List<String> steps, String notes,
                           List<String> cautions, String drawing, String drawingAlt, String untranslated) {
    }

    /** The stop-and-call box: its headings, the signs under each, what else to call about. */
    public record Safety(String emergency, List<String> urgent, String call, List<String> contact, String also) {
    }

    /**
     * The form for one day. {@code otherDay} links to the other day the client may report (today, or yesterday).
     * {@code message} is what the last save said, {@code advice} what to do now about the signs just reported.
     */
    public record Report(String heading, boolean yesterday, String otherDayLink, String otherDayLabel,
                         List<Session> sessions, String signsHeading, String signsHint, List<Sign> signs,
                         String send, String message, Advice advice) {
    }

    /**
     * One session of one exercise: its field names, the choices for how it went and for the pain, and what is recorded
     * now ({@code before}, sent back so a change made meanwhile by the clinic is caught). A session of yesterday
     * already recorded is shown, not editable.
     */
    public record Session(String field, String label, List<Choice> choices, String painLabel, String painHint,
                         List<Choice> pains, String before, String locked) {
    }

    public record Choice(String value, String label, boolean selected) {
    }

    /** A warning sign to tick; one already reported for the day stays ticked and cannot be taken back here. */
    public record Sign(String value, String letter, String label, boolean checked) {
    }

    /** Shown at once after signs are reported: urgent ones first. */
    public record Advice(String heading, String urgent, String contact, String phone) {
    }
}
