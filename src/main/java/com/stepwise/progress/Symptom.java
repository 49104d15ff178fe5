package com.stepwise.progress;

/**
 * The warning signs a client or clinician can record, in the two tiers of low-back screening. Every one is a red
 * flag: it stays on the client page and on Today until a clinician acknowledges it. The order is the order of
 * urgency, and the letter is what the client writes on the paper sheet (the handout's stop-and-call box lists the
 * same letters). The label is the clinicians'; a client reads each sign in their language, from the
 * {@code symptom.*} texts of the {@code i18n/client} bundles.
 */
public enum Symptom {
    BLADDER_OR_BOWEL_CHANGES(Urgency.URGENT, 'A', "New bladder or bowel changes"),
    SADDLE_NUMBNESS(Urgency.URGENT, 'B', "Numbness in the saddle area"),
    WEAKNESS_IN_BOTH_LEGS(Urgency.URGENT, 'C', "Weakness in both legs, quickly getting worse"),
    NUMBNESS_OR_TINGLING(Urgency.CONTACT, 'D', "Numbness or tingling down a leg"),
    NEW_LEG_WEAKNESS(Urgency.CONTACT, 'E', "New or worsening weakness in one leg"),
    SHARP_OR_SHOOTING_PAIN(Urgency.CONTACT, 'F', "Sharp or shooting pain"),
    FEVER_OR_UNWELL(Urgency.CONTACT, 'G', "Fever, or feeling unwell, with the back pain"),
    UNEXPLAINED_WEIGHT_LOSS(Urgency.CONTACT, 'H', "Losing weight without trying"),
    NIGHT_OR_REST_PAIN(Urgency.CONTACT, 'I', "Pain at night or at rest that a change of position does not ease");

    /** How fast the clinic must act on a red flag. */
    public enum Urgency {
        URGENT("Urgent: same-day emergency care",
                "Call the client now: they need emergency care today (an emergency department). Record what you did."),
        CONTACT("Contact the client before their next session",
                "Call the client before their next session and advise them to stop the exercises until you have "
                        + "spoken. Record what you did.");

        private final String label;
        private final String advice;

        Urgency(String label, String advice) {
            this.label = label;
            this.advice = advice;
        }

        public String label() {
            return label;
        }

        /** What the clinician should do, in one sentence or two. */
        public String advice() {
            return advice;
        }
    }

    private final Urgency urgency;
    private final char letter;
    private final String label;

    Symptom(Urgency urgency, char letter, String label) {
        this.urgency = urgency;
        this.letter = letter;
        this.label = label;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** The letter on the paper sheet and in the stop-and-call box. */
    public char letter() {
        return letter;
    }

    public String label() {
        return label;
    }

    public static Symptom ofLetter(char letter) {
        char upper = Character.toUpperCase(letter);
        for (var symptom : values()) {
            if (symptom.letter == upper) {
                return symptom;
            }
        }
        throw new IllegalArgumentException("No warning sign " + letter);
    }
}
