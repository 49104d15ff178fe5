package com.stepwise;

import com.stepwise.base.security.StepwiseUser;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.FirstRunSetup;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Clinics for tests that prove one never sees the other's data, and signing in as their clinicians.
 * <p>
 * Each Spring test context has its own security-context strategy (Vaadin's), and the last context started installs
 * its own globally. Signing in therefore goes through this context's strategy and re-installs it, so services,
 * method security and the audit listener all see the same clinician.
 */
@Component
public class TestClinics {

    public static final FirstRunSetup HARBOUR = new FirstRunSetup("Harbour Physio", "Alex Morgan",
            "alex@harbour.test", "harbour-password-1");
    public static final FirstRunSetup HILLSIDE = new FirstRunSetup("Hillside Physio", "Bea Lindqvist",
            "bea@hillside.test", "hillside-password-1");

    private final ClinicService clinics;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    TestClinics(ClinicService clinics, UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.clinics = clinics;
        this.users = users;
        this.securityContext = securityContext;
    }

    /** Signs in at Harbour Physio; Hillside Physio exists too, for scoping tests. */
    public StepwiseUser atHarbour() {
        clinics.createClinicUnlessEmailExists(HARBOUR);
        clinics.createClinicUnlessEmailExists(HILLSIDE);
        return signIn(HARBOUR);
    }

    public StepwiseUser atHillside() {
        clinics.createClinicUnlessEmailExists(HILLSIDE);
        return signIn(HILLSIDE);
    }

    /** Creates a clinic of its own for one test and signs in there, so its searches see only its data. */
    public StepwiseUser atNewClinic() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        var setup = new FirstRunSetup("Clinic " + key, "Clinician " + key, key + "@clinic.test", "password-" + key);
        clinics.createClinicUnlessEmailExists(setup);
        return signIn(setup);
    }

    public StepwiseUser signIn(FirstRunSetup clinician) {
        SecurityContextHolder.setContextHolderStrategy(securityContext);
        var user = (StepwiseUser) users.loadUserByUsername(clinician.email());
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        securityContext.setContext(context);
        return user;
    }

    /** Signs this thread in as a clinician already signed in elsewhere (another thread, another "browser"). */
    public StepwiseUser signInAs(StepwiseUser user) {
        SecurityContextHolder.setContextHolderStrategy(securityContext);
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        securityContext.setContext(context);
        return user;
    }

    /** Signs in as a clinician of the same clinic who is not an administrator (not stored; services read roles). */
    public StepwiseUser asNonAdminColleagueOf(StepwiseUser admin) {
        return signInAs(new StepwiseUser(admin.clinicianId() + 100_000, admin.clinicId(), admin.clinicName(),
                "colleague@clinic.test", "A Colleague", StepwiseUser.ROLE_CLINICIAN, null, true));
    }

    public void signOut() {
        securityContext.clearContext();
    }
}
