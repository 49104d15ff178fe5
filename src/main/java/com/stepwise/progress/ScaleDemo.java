package com.stepwise.progress;

import com.stepwise.base.security.CurrentUser;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.clinic.DemoClinicReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * With the {@code scale} profile (next to {@code demo}), grows the demo clinic to full size once: 10,000 clients and
 * about a million logs unless {@code stepwise.scale.clients} and {@code stepwise.scale.days} say otherwise.
 */
@Component
@Profile("scale")
class ScaleDemo {

    private static final Logger log = LoggerFactory.getLogger(ScaleDemo.class);

    private final ScaleData data;
    private final SystemSignIn signIn;
    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;
    private final int clients;
    private final int days;

    ScaleDemo(ScaleData data, SystemSignIn signIn, CurrentUser currentUser, JdbcTemplate jdbc,
              @Value("${stepwise.scale.clients:10000}") int clients, @Value("${stepwise.scale.days:115}") int days) {
        this.data = data;
        this.signIn = signIn;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clients = clients;
        this.days = days;
    }

    @EventListener
    @Order(30)
    void grow(DemoClinicReady ready) {
        signIn.runAs(ready.clinicianEmail(), () -> {
            long clinicId = currentUser.clinicId();
            Long existing = jdbc.queryForObject("select count(*) from client where clinic_id = ?", Long.class,
                    clinicId);
            if (existing != null && existing >= clients) {
                return;
            }
            log.info("Growing the demo clinic by {} clients with {} days of logs; this takes a minute or two",
                    clients, days);
            long start = System.nanoTime();
            long logs = data.generate(clinicId, clients, days);
            log.info("Added {} clients and {} session logs in {} s", clients, logs,
                    (System.nanoTime() - start) / 1_000_000_000);
        });
    }
}
