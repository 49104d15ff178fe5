package com.stepwise.client;

/** A client's id and name, for lists that only need to say who. */
public record ClientName(long id, String firstName, String lastName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
