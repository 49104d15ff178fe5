package com.stepwise.clientlink;

import java.util.Map;
import java.util.Set;

/**
 * What the client's page sent: for each session field, how it went ({@code C}, {@code D}, {@code P} for done and how it
 * felt, {@code N} for not done, empty for nothing said) and the pain; what the page showed before ({@code before}); the
 * warning signs ticked. Fields the page did not offer are ignored.
 */
public record ClientReport(boolean yesterday, Map<String, String> how, Map<String, String> pain,
                           Map<String, String> before, Set<String> signs) {

    public ClientReport {
        how = Map.copyOf(how);
        pain = Map.copyOf(pain);
        before = Map.copyOf(before);
        signs = Set.copyOf(signs);
    }
}
