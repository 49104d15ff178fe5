package com.stepwise.exercise;

public enum HoldUnit {
    SECONDS("seconds", "second"),
    BREATHS("slow breaths", "slow breath");

    private final String plural;
    private final String singular;

    HoldUnit(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    public String label() {
        return plural;
    }

    String words(int amount) {
        return amount == 1 ? singular : plural;
    }
}
