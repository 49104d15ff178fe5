package com.stepwise;

import com.stepwise.base.security.StepwiseUser;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.FirstRunSetup;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two clinics for tests that prove one never sees the other's data, and a way to sign in as either. */
public final class TestClinics {

    public static final FirstRunSetup HARBOUR = new FirstRunSetup("Harbour Physio", "Alex Morgan",
            "alex@harbour.test", "harbour-password-1");
    public static final FirstRunSetup HILLSIDE = new FirstRunSetup("Hillside Physio", "Bea Lindqvist",
            "bea@hillside.test", "hillside-password-1");

    private TestClinics() {
    }

    public static void ensureBoth(ClinicService clinics) {
        clinics.createClinicUnlessEmailExists(HARBOUR);
        clinics.createClinicUnlessEmailExists(HILLSIDE);
    }

    /** Puts the clinician in the security context, as a real sign-in would. */
    public static StepwiseUser signIn(UserDetailsService users, FirstRunSetup clinician) {
        var user = (StepwiseUser) users.loadUserByUsername(clinician.email());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    /** Creates a clinic of its own for one test class and signs in there, so its searches see only its data. */
    public static StepwiseUser signInAtNewClinic(ClinicService clinics, UserDetailsService users) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        var setup = new FirstRunSetup("Clinic " + key, "Clinician " + key, key + "@clinic.test", "password-" + key);
        clinics.createClinicUnlessEmailExists(setup);
        return signIn(users, setup);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
