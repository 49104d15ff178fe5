package com.stepwise.progress;

/** What a clinician did about a red flag, recorded when acknowledging it. */
public enum RedFlagAction {
    CALLED_CLIENT("Called the client"),
    SENT_TO_EMERGENCY("Sent for same-day emergency care"),
    REFERRED("Referred to their doctor"),
    ADVISED_TO_STOP("Advised to stop the exercises"),
    SEEN_IN_CLINIC("Seen in clinic"),
    RECORDED_IN_ERROR("Recorded in error");

    private final String label;

    RedFlagAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
