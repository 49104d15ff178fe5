package com.stepwise.clinic;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinics and their clinicians: first-run setup, and the demo clinic of the demo profile. */
@Service
public class ClinicService {

    private final ClinicRepository clinics;
    private final ClinicianRepository clinicians;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** Once a clinic exists it never stops existing, so the answer is remembered instead of asked on every view. */
    private final AtomicBoolean setUp = new AtomicBoolean();

    ClinicService(ClinicRepository clinics, ClinicianRepository clinicians, PasswordEncoder passwordEncoder,
                  Clock clock) {
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** True once any clinician can sign in; until then the app shows only the first-run setup. */
    @Transactional(readOnly = true)
    public boolean isSetUp() {
        if (!setUp.get() && clinicians.count() > 0) {
            setUp.set(true);
        }
        return setUp.get();
    }

    /**
     * Creates the clinic and its first administrator. Refused once any clinician exists, so the setup screen can
     * never be used to take over a running installation.
     */
    @Transactional
    public void setUp(FirstRunSetup setup) {
        String problem = setup.problem();
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        if (clinicians.count() > 0) {
            throw new UserFacingException("Stepwise is already set up. Sign in, or ask your clinic's administrator "
                    + "for an account.");
        }
        createClinicWithAdmin(setup);
        setUp.set(true);
    }

    /** Creates a clinic and its administrator unless that e-mail address already signs in (demo data, tests). */
    @Transactional
    public boolean createClinicUnlessEmailExists(FirstRunSetup setup) {
        if (clinicians.existsByEmail(Clinician.normaliseEmail(setup.email()))) {
            return false;
        }
        createClinicWithAdmin(setup);
        setUp.set(true);
        return true;
    }

    private void createClinicWithAdmin(FirstRunSetup setup) {
        var clinic = clinics.save(new Clinic(setup.clinicName(), clock.instant()));
        clinicians.save(new Clinician(clinic, setup.email(), setup.displayName(),
                passwordEncoder.encode(setup.password()), StepwiseUser.ROLE_ADMIN, clock.instant()));
    }
}
