package com.stepwise.client;

import com.stepwise.base.i18n.Language;
import java.time.LocalDate;

/**
 * A client as the client page shows them. {@code handoutLanguage} is the language their handouts print in, or null
 * for the clinic's.
 */
public record ClientDetails(long id, long version, String firstName, String lastName, LocalDate dateOfBirth,
                            String phone, String email, String mainComplaint, String clinicianNotes,
                            boolean cannotGetToFloor, boolean prefersLargePrint, Language handoutLanguage,
                            ClientStatus status) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
