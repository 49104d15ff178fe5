package com.stepwise.clinic;

import com.stepwise.base.security.SystemSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile only ({@code ./mvnw spring-boot:run}): a demo clinic and login, printed on start-up.
 * The production jar never runs this; started on an empty database it shows the first-run setup instead.
 */
@Component
@Profile("demo")
@Order(0)
class DemoClinicSeeder implements ApplicationRunner {

    static final FirstRunSetup DEMO = new FirstRunSetup("Riverside Physiotherapy", "Sam Carter",
            "sam@riverside.example", "riverside-demo");

    private static final Logger log = LoggerFactory.getLogger(DemoClinicSeeder.class);

    private final ClinicService clinics;
    private final SystemSignIn signIn;
    private final ApplicationEventPublisher events;

    DemoClinicSeeder(ClinicService clinics, SystemSignIn signIn, ApplicationEventPublisher events) {
        this.clinics = clinics;
        this.signIn = signIn;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clinics.createClinicUnlessEmailExists(DEMO)) {
            signIn.runAs(DEMO.email(), () -> {
                var branding = clinics.brandingDraft();
                branding.setAddress("12 River Walk, Riverside");
                branding.setPhone("+44 20 7946 0321");
                branding.setEmail("hello@riverside.example");
                branding.setWebsite("www.riverside.example");
                branding.setFooterMessage("Questions about your exercises? Call us, 8:00 to 18:00 on weekdays.");
                clinics.updateBranding(clinics.branding().version(), branding);
            });
        }
        events.publishEvent(new DemoClinicReady(DEMO.email()));
        log.info("""

                ------------------------------------------------------------
                  Stepwise demo is ready: http://localhost:8080
                  Sign in as {} / {}
                  (demo clinic "{}"; data kept in ./data)
                ------------------------------------------------------------""",
                DEMO.email(), DEMO.password(), DEMO.clinicName());
    }
}
