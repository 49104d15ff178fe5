package com.stepwise.clinic;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.base.security.PasswordPolicy;
import com.stepwise.base.security.StepwiseUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's team: an administrator adds clinicians, changes their role, deactivates and reactivates them (never
 * deletes: their names stay on what they recorded) and issues one-time links to set a password; every clinician can
 * change their own. The clinic always keeps one active administrator. Every change is audited (Envers).
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

    static final Duration INVITATION_VALID = Duration.ofDays(3);
    static final Duration RESET_VALID = Duration.ofHours(24);
    private static final Set<String> ROLES = Set.of(StepwiseUser.ROLE_ADMIN, StepwiseUser.ROLE_CLINICIAN);

    private final ClinicianRepository clinicians;
    private final PasswordLinkRepository links;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final TeamMail mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TeamService(ClinicianRepository clinicians, PasswordLinkRepository links, PasswordEncoder passwordEncoder,
                CurrentUser currentUser, TeamMail mail, Clock clock) {
        this.mail = mail;
        this.clinicians = clinicians;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<TeamMember> team() {
        return clinicians.findInClinic(currentUser.clinicId()).stream().map(TeamService::member).toList();
    }

    /**
     * Adds a clinician to the clinic, with no password yet: the link returned lets them choose one, for three days.
     * Refused for an e-mail address that already signs in anywhere.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PasswordLinkIssued add(String name, String email, String role) {
        var displayName = name == null ? "" : name.strip();
        var address = email == null ? "" : email.strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new UserFacingException("Enter the clinician's name as colleagues and clients should see it, under "
                    + "120 characters.");
        }
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 254) {
            throw new UserFacingException("Enter a valid e-mail address, such as name@clinic.org.");
        }
        requireRole(role);
        if (clinicians.existsByEmail(Clinician.normaliseEmail(address))) {
            throw new UserFacingException("Someone already signs in with " + address + ". Use another address, or "
                    + "reactivate them if they left this clinic.");
        }
        var clinic = clinicians.findById(currentUser.require().clinicianId()).orElseThrow().getClinic();
        // Until they choose one, their password is a secret nobody knows.
        var clinician = clinicians.save(new Clinician(clinic, address, displayName,
                passwordEncoder.encode(token()), role, clock.instant()));
        var issued = link(clinician, INVITATION_VALID);
        return issued.emailed(mail.send(issued, clinic.getName(), true));
    }

    /** Makes a clinician an administrator or not; the clinic keeps at least one active administrator. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TeamMember changeRole(long clinicianId, long openedVersion, String role) {
        requireRole(role);
        var clinician = ofClinic(clinicianId, openedVersion);
        if (!StepwiseUser.ROLE_ADMIN.equals(role)) {
            keepAnAdministrator(clinician);
        }
        clinician.changeRole(role);
        return member(clinicians.saveAndFlush(clinician));
    }

    /** Deactivated: cannot sign in; reactivated: can again. Never deleted. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public TeamMember setActive(long clinicianId, long openedVersion, boolean active) {
        var clinician = ofClinic(clinicianId, openedVersion);
        if (!active) {
            keepAnAdministrator(clinician);
        }
        clinician.setActive(active);
        return member(clinicians.saveAndFlush(clinician));
    }

    /** A one-time link to choose a new password, valid for 24 hours; earlier links still work until they expire. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PasswordLinkIssued issueResetLink(long clinicianId) {
        var clinician = clinicians.findInClinic(clinicianId, currentUser.clinicId())
                .orElseThrow(() -> new NotFoundException("That clinician"));
        if (!clinician.isActive()) {
            throw new UserFacingException(clinician.getDisplayName() + " is deactivated: reactivate them first.");
        }
        var issued = link(clinician, RESET_VALID);
        return issued.emailed(mail.send(issued, clinician.getClinic().getName(), false));
    }

    /** Whether a link still works: the set-password page asks before showing its form. */
    public boolean linkWorks(String token) {
        return usableLink(token) != null;
    }

    /** Sets the password through a one-time link, which then stops working. Needs no sign-in. */
    @Transactional
    public void setPasswordWithLink(String token, String password, String repeated) {
        var link = usableLink(token);
        if (link == null) {
            throw new UserFacingException("This link has expired or was already used. Ask your clinic's "
                    + "administrator for a new one.");
        }
        var clinician = clinicians.findById(link.getClinicianId()).orElseThrow();
        checkNewPassword(password, repeated);
        clinician.rehash(passwordEncoder.encode(password));
        link.use(clock.instant());
        clinicians.save(clinician);
    }

    /** The signed-in clinician changes their own password, confirming the one they have. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String current, String password, String repeated) {
        var clinician = clinicians.findById(currentUser.require().clinicianId()).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, clinician.getPasswordHash())) {
            throw new UserFacingException("Your current password is not right.");
        }
        checkNewPassword(password, repeated);
        clinician.rehash(passwordEncoder.encode(password));
        clinicians.save(clinician);
    }

    private static void checkNewPassword(String password, String repeated) {
        var problem = PasswordPolicy.problem(password);
        if (problem != null) {
            throw new UserFacingException(problem);
        }
        if (!password.equals(repeated)) {
            throw new UserFacingException("The two passwords are not the same. Type them again.");
        }
    }

    private PasswordLink usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return links.findByTokenHash(hash(token)).filter(link -> link.usableAt(clock.instant()))
                .filter(link -> clinicians.findById(link.getClinicianId()).map(Clinician::isActive).orElse(false))
                .orElse(null);
    }

    private PasswordLinkIssued link(Clinician clinician, Duration valid) {
        var token = token();
        var expires = clock.instant().plus(valid);
        links.save(new PasswordLink(clinician.getId(), hash(token), clock.instant(), expires,
                currentUser.require().displayName()));
        return new PasswordLinkIssued(clinician.getDisplayName(), clinician.getEmail(), "set-password?token=" + token,
                expires, false);
    }

    private Clinician ofClinic(long clinicianId, long openedVersion) {
        var clinician = clinicians.findInClinic(clinicianId, currentUser.clinicId())
                .orElseThrow(() -> new NotFoundException("That clinician"));
        if (clinician.getVersion() != openedVersion) {
            throw new ConcurrentEditException("This clinician's record");
        }
        return clinician;
    }

    private void keepAnAdministrator(Clinician clinician) {
        if (StepwiseUser.ROLE_ADMIN.equals(clinician.getRole()) && clinician.isActive()
                && clinicians.countActiveAdmins(currentUser.clinicId()) <= 1) {
            throw new UserFacingException(clinician.getDisplayName() + " is the clinic's only active administrator. "
                    + "Make someone else an administrator first.");
        }
    }

    private static void requireRole(String role) {
        if (!ROLES.contains(role)) {
            throw new UserFacingException("Choose a role: administrator or clinician.");
        }
    }

    /** 128 random bits and more: 32 bytes, URL-safe. */
    private String token() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static TeamMember member(Clinician c) {
        return new TeamMember(c.getId(), c.getVersion(), c.getDisplayName(), c.getEmail(), c.getRole(), c.isActive(),
                c.getCreatedAt());
    }
}
