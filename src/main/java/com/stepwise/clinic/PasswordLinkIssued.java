package com.stepwise.clinic;

import java.time.Instant;

/**
 * A one-time link to set a password, to hand to the clinician: shown once to the administrator who issued it, and
 * e-mailed to the clinician when the clinic has set up e-mail.
 *
 * @param path    the address of the link within Stepwise, such as "set-password?token=…"
 * @param emailed whether it also went out by e-mail
 */
public record PasswordLinkIssued(String clinicianName, String email, String path, Instant expiresAt,
                                 boolean emailed) {

    PasswordLinkIssued emailed(boolean sent) {
        return new PasswordLinkIssued(clinicianName, email, path, expiresAt, sent);
    }
}
