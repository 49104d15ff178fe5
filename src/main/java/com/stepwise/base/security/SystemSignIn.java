package com.stepwise.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given clinician outside a request (demo data at start-up), so it passes through the same
 * services, clinic scoping and rules as anything a person does.
 */
@Component
public class SystemSignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;

    SystemSignIn(UserDetailsService users, SecurityContextHolderStrategy securityContext) {
        this.users = users;
        this.securityContext = securityContext;
    }

    public void runAs(String email, Runnable work) {
        var previous = securityContext.getContext();
        var user = users.loadUserByUsername(email);
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        securityContext.setContext(context);
        try {
            work.run();
        } finally {
            securityContext.setContext(previous);
        }
    }
}
