package com.stepwise.clinic;

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
    private final ApplicationEventPublisher events;

    DemoClinicSeeder(ClinicService clinics, ApplicationEventPublisher events) {
        this.clinics = clinics;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        clinics.createClinicUnlessEmailExists(DEMO);
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
