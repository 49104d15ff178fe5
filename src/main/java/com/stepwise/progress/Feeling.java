package com.stepwise.progress;

/** How an exercise felt to the client, with the letter they write on the paper sheet. Only "comfortable" counts. */
public enum Feeling {
    COMFORTABLE("Comfortable", 'C'),
    SOME_DISCOMFORT("Some discomfort", 'D'),
    PAINFUL("Painful", 'P');

    private final String label;
    private final char letter;

    Feeling(String label, char letter) {
        this.label = label;
        this.letter = letter;
    }

    public String label() {
        return label;
    }

    public char letter() {
        return letter;
    }
}
