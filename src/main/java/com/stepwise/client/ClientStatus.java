package com.stepwise.client;

public enum ClientStatus {
    ACTIVE("Active"),
    ARCHIVED("Archived");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
