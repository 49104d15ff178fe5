package com.stepwise.client;

/**
 * What the client list is narrowed to. The text matches when every word starts a first or last name (accents and
 * case ignored), or is a date of birth (31.12.1960, 31/12/1960 or 1960-12-31). A null status means both.
 */
public record ClientFilter(String text, ClientStatus status) {

    public static final ClientFilter ACTIVE = new ClientFilter(null, ClientStatus.ACTIVE);
}
