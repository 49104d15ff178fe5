package com.stepwise.clinic;

import com.stepwise.base.security.PasswordPolicy;

/**
 * What the first-run screen asks for: the clinic and its first account (an administrator).
 * The checks live here, so every caller of {@link ClinicService#setUp} gets them.
 */
public record FirstRunSetup(String clinicName, String displayName, String email, String password) {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    public FirstRunSetup {
        clinicName = clinicName == null ? "" : clinicName.strip();
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
    }

    /** The first problem a person would want to fix, or null when everything is fine. */
    public String problem() {
        if (clinicName.isEmpty()) {
            return "Enter the clinic's name.";
        }
        if (clinicName.length() > 120) {
            return "Keep the clinic's name under 120 characters.";
        }
        if (displayName.isEmpty()) {
            return "Enter your name as clients and colleagues should see it.";
        }
        if (displayName.length() > 120) {
            return "Keep your name under 120 characters.";
        }
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            return "Enter a valid e-mail address, such as name@clinic.org.";
        }
        return PasswordPolicy.problem(password);
    }
}
