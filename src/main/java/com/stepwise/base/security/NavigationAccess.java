package com.stepwise.base.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Vaadin's access control for views ({@code @RolesAllowed}, {@code @AnonymousAllowed}), configured as Vaadin does it,
 * with one change: the roles of the signed-in clinician are read from the request directly. Vaadin 25.2 first looks
 * for a role-prefix setting through a class-path scan ({@code ServiceLoader}) on every navigation, which cost about
 * 5 % of the server's CPU under load (docs/performance.md). Stepwise keeps Spring Security's default "ROLE_" prefix
 * and uses no server push, so reading the request is what Vaadin would do in the end.
 */
@Configuration
class NavigationAccess {

    /** Primary over Vaadin's own bean of this type, which its auto-configuration always defines. */
    @Bean
    @Primary
    NavigationAccessControl requestRolesNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                    NavigationAccessControlConfigurer configurer) {
        return configurer.build(RequestRolesAccessControl::new, checkers);
    }

    static final class RequestRolesAccessControl extends SpringNavigationAccessControl {

        RequestRolesAccessControl(Collection<NavigationAccessChecker> checkers,
                                  AccessCheckDecisionResolver decisionResolver) {
            super(checkers, decisionResolver);
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            return request::isUserInRole;
        }
    }
}
