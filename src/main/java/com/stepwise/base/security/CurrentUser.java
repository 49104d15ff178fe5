package com.stepwise.base.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, and so which clinic's data a service may touch. Reads the security context through the
 * application's own strategy (Vaadin's, which also knows the Vaadin session).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContext;

    CurrentUser(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    public Optional<StepwiseUser> find() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StepwiseUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public StepwiseUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in to use Stepwise."));
    }

    public long clinicId() {
        return require().clinicId();
    }
}
