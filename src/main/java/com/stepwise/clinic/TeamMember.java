package com.stepwise.clinic;

import java.time.Instant;

/** A clinician of the clinic as the team screen lists them. */
public record TeamMember(long id, long version, String name, String email, String role, boolean active,
                         Instant since) {

    public boolean administrator() {
        return com.stepwise.base.security.StepwiseUser.ROLE_ADMIN.equals(role);
    }
}
