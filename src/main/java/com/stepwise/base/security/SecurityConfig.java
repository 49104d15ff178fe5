package com.stepwise.base.security;

import com.stepwise.base.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every view needs a signed-in clinician, except the login and first-run setup views, and the client's own page
 * ({@code /c/...}), which has a filter chain of its own with a stricter policy. Passwords are stored as Argon2id hashes
 * behind Spring's delegating encoder, so older hashes are upgraded as their owners sign in. Every response carries the
 * security headers a clinic's IT person expects (docs/operations.md): a Content-Security-Policy that Vaadin works
 * under, no framing, no MIME sniffing, a strict referrer policy, and HSTS over HTTPS.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin's client runs the server's small scripts (executeJs) and styles components inline, hence 'unsafe-eval'
     * and 'unsafe-inline'; everything else comes from this server only, and nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The client's own page has no script at all, so its policy allows none; it loads its stylesheet, drawings and the
     * clinic's logo from here, posts only here, and sends no referrer (the address holds the client's token).
     */
    static final String CLIENT_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * The client's own link (/c/...): no sign-in and no session. The form is protected against cross-site requests
     * by Spring's CSRF token in a same-site cookie (there is no session to keep it in); the link's token in the
     * address is the only credential, and its service decides what it may read and write.
     */
    @Bean
    @Order(1)
    SecurityFilterChain clientLinkFilterChain(HttpSecurity http) throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName("STEPWISE-CSRF");
        csrfTokens.setCookiePath("/c");
        csrfTokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        http.securityMatcher("/c/**", "/client-page.css")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                // A refused form (no or a stale CSRF token) gets the page's own kind words, never the sign-in page.
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusedForm()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CLIENT_PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static AccessDeniedHandlerImpl refusedForm() {
        var handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/c/refused");
        return handler;
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Vaadin's page responses would otherwise go out before the headers are added on commit.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/images/**", "/styles.css").permitAll()
                // Plain Spring MVC endpoints (not Vaadin views) that serve signed-in clinicians.
                .requestMatchers("/illustrations/**", "/exercise-photos/**", "/clinic-logo", "/handouts/**",
                        "/charts/**")
                .authenticated());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * New passwords are hashed with Argon2id, which has no length cut (bcrypt reads only the first 72 bytes and
     * refuses longer passphrases). Existing bcrypt hashes still sign in, and are re-hashed with Argon2id at that
     * sign-in (see the clinician details service).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String argon2 = "argon2@SpringSecurity_v5_8";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
