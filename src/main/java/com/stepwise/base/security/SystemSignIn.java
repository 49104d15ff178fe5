package com.stepwise.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a given clinician outside a request (demo data at start-up), so it passes through the same
 * services, clinic scoping and rules as anything a person does.
 */
@Component
public class SystemSignIn {

    private final UserDetailsService users;

    SystemSignIn(UserDetailsService users) {
        this.users = users;
    }

    public void runAs(String email, Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
