package com.stepwise.progress;

/** How an exercise felt to the client. Only "comfortable" counts towards progressing. */
public enum Feeling {
    COMFORTABLE("Comfortable"),
    SOME_DISCOMFORT("Some discomfort"),
    PAINFUL("Painful");

    private final String label;

    Feeling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
