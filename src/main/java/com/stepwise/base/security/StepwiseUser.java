package com.stepwise.base.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in clinician as the security layer sees it. Carries the clinic id so every service can scope its
 * queries without knowing about the clinic feature.
 */
public final class StepwiseUser implements UserDetails, CredentialsContainer {

    public static final String ROLE_ADMIN = "ADMIN";
    public static final String ROLE_CLINICIAN = "CLINICIAN";
    /**
     * A client reporting through their own link: never signed in, never in a session. The link's service runs its
     * few calls as this for the length of one request, so they are scoped to the client's clinic like any other.
     */
    public static final String ROLE_CLIENT_LINK = "CLIENT_LINK";

    private final long clinicianId;
    private final long clinicId;
    private final String clinicName;
    private final String email;
    private final String displayName;
    private final String role;
    private final boolean enabled;
    private String passwordHash;

    public StepwiseUser(long clinicianId, long clinicId, String clinicName, String email, String displayName,
                        String role, String passwordHash, boolean enabled) {
        this.clinicianId = clinicianId;
        this.clinicId = clinicId;
        this.clinicName = clinicName;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    /** The client of a link, for the length of one of its requests (see {@link #ROLE_CLIENT_LINK}). */
    public static StepwiseUser clientLink(long clinicId, String clinicName, String clientName) {
        return new StepwiseUser(0, clinicId, clinicName, "", clientName + " (own link)", ROLE_CLIENT_LINK, null,
                true);
    }

    public boolean isClientLink() {
        return ROLE_CLIENT_LINK.equals(role);
    }

    public long clinicianId() {
        return clinicianId;
    }

    public long clinicId() {
        return clinicId;
    }

    public String clinicName() {
        return clinicName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isAdmin() {
        return ROLE_ADMIN.equals(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
