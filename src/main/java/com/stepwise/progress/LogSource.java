package com.stepwise.progress;

/** Where a logged session or a red flag came from, shown beside it so a clinician knows how far to trust it. */
public enum LogSource {
    SHEET("typed in from the paper sheet"),
    SESSION("recorded as one session"),
    CLIENT("reported by the client from their own link");

    private final String label;

    LogSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
