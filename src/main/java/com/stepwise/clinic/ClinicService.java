package com.stepwise.clinic;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.DraftValidator;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UploadedImage;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.base.security.StepwiseUser;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clinics and their clinicians: first-run setup, and the demo clinic of the demo profile. */
@Service
public class ClinicService {

    /** The largest a logo prints (170 by 62 points in large print), at 300 pixels per inch. */
    static final int LOGO_MAX_WIDTH = 710;
    static final int LOGO_MAX_HEIGHT = 260;

    private final ClinicRepository clinics;
    private final ClinicianRepository clinicians;
    private final ClinicLogoRepository logos;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final DraftValidator validator;
    private final Clock clock;
    /** Once a clinic exists it never stops existing, so the answer is remembered instead of asked on every view. */
    private final AtomicBoolean setUp = new AtomicBoolean();

    ClinicService(ClinicRepository clinics, ClinicianRepository clinicians, ClinicLogoRepository logos,
                  PasswordEncoder passwordEncoder, CurrentUser currentUser, DraftValidator validator, Clock clock) {
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.logos = logos;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    // --- branding: what handouts carry -------------------------------------------------------------------------

    /** The signed-in clinician's clinic as its handouts show it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public ClinicBranding branding() {
        long clinicId = currentUser.clinicId();
        return clinic(clinicId).branding(logos.existsById(clinicId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UploadedImage> logo() {
        return logos.findById(currentUser.clinicId()).map(ClinicLogo::image);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public BrandingDraft brandingDraft() {
        return BrandingDraft.of(branding());
    }

    /** Changes the clinic's name, contact details and look; administrators only; refuses a stale save. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ClinicBranding updateBranding(long openedVersion, BrandingDraft draft) {
        if (draft.getAccentColour() != null && draft.getAccentColour().matches("^#[0-9a-fA-F]{6}$")
                && !draft.isAccentReadable()) {
            throw new UserFacingException(paleColour(draft.getAccentColour()));
        }
        validator.validate(draft);
        var clinic = clinic(currentUser.clinicId());
        if (clinic.getVersion() != openedVersion) {
            throw new ConcurrentEditException("The clinic settings");
        }
        clinic.rebrand(draft);
        try {
            clinics.saveAndFlush(clinic);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException("The clinic settings");
        }
        return clinic.branding(logos.existsById(clinic.getId()));
    }

    /**
     * What an administrator reads when the accent colour is too pale for text on white paper: how pale, and the same
     * colour darkened just enough.
     */
    public static String paleColour(String colour) {
        var typed = java.awt.Color.decode(colour);
        return "The accent colour %s is too pale to read on white paper (contrast %.1f to 1; text needs 4.5). Try %s, the same colour darker."
                .formatted(colour, com.stepwise.base.Contrast.againstWhite(typed),
                        com.stepwise.base.Contrast.hex(com.stepwise.base.Contrast.readableOnWhite(typed)));
    }

    /**
     * Keeps a checked logo (PNG or JPEG, at most 2 MB and 4000 pixels a side), turned upright from a camera's
     * orientation flag and made no larger than it prints at 300 ppi; refuses anything else.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void uploadLogo(byte[] data) {
        var image = UploadedImage.check(data).upright().fitWithin(LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT);
        long clinicId = currentUser.clinicId();
        logos.findById(clinicId).ifPresentOrElse(logo -> logo.replace(image, clock.instant()),
                () -> logos.save(new ClinicLogo(clinicId, image, clock.instant())));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeLogo() {
        logos.deleteById(currentUser.clinicId());
    }

    private Clinic clinic(long clinicId) {
        return clinics.findById(clinicId).orElseThrow(() -> new NotFoundException("The clinic"));
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
