package com.stepwise.clinic;

import java.time.Instant;

/**
 * A one-time link to set a password, to hand to the clinician: shown once to the administrator who issued it.
 *
 * @param path the address of the link within Stepwise, such as "set-password?token=…"
 */
public record PasswordLinkIssued(String clinicianName, String email, String path, Instant expiresAt) {
}
