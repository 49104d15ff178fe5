package com.stepwise.client;

import java.time.LocalDate;

/** One row of the client list. */
public record ClientSummary(long id, String firstName, String lastName, LocalDate dateOfBirth, String phone,
                            String mainComplaint, boolean cannotGetToFloor, boolean prefersLargePrint,
                            ClientStatus status) {

    /** "Ångström, Zoë": how clinics file names. */
    public String sortName() {
        return lastName + ", " + firstName;
    }
}
