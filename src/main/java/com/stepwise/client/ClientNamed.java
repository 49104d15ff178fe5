package com.stepwise.client;

/** A client was added or their record saved: lists that keep the name beside their own data take it from here. */
public record ClientNamed(long clinicId, long clientId, String fullName) {
}
