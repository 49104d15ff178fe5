package com.stepwise.client;

import java.time.LocalDate;

/** A client as the client page shows them. */
public record ClientDetails(long id, long version, String firstName, String lastName, LocalDate dateOfBirth,
                            String phone, String email, String mainComplaint, String clinicianNotes,
                            boolean cannotGetToFloor, boolean prefersLargePrint, ClientStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
