package com.stepwise.progress;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.ActivePlan;
import com.stepwise.plan.PlanService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Server time of the Today list and of a client's progress review (readiness, red flags, two weeks of logs,
 * questionnaires, the twelve weeks of charts) in a clinic of 10,000 clients and about a million logs, made by
 * {@link ScaleData}. Not part of the suite (its name does not end in Test) and asserts nothing about time: it prints
 * figures for docs/performance.md.
 * Run it with {@code ./mvnw test -Dtest=ScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; a smaller clinic
 * with {@code -Dscale.clients=1000}.
 */
@IntegrationTest
class ScaleBenchmark {

    private static final int CLIENTS = Integer.getInteger("scale.clients", 10_000);
    private static final int DAYS = Integer.getInteger("scale.days", 115);
    private static final int RUNS = 20;

    @Autowired
    ScaleData data;
    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestClinics signIn;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void todayAndReviewAtFullSize() {
        signIn.atNewClinic();
        modelPlan();
        long start = System.nanoTime();
        long logs = data.generate(currentUser.clinicId(), CLIENTS, DAYS);
        System.out.printf("Generated %,d clients and %,d logs in %.1f s%n", CLIENTS, logs,
                (System.nanoTime() - start) / 1e9);

        var active = jdbc.query("select id, client_id from plan where clinic_id = ? and status = 'ACTIVE'",
                (row, n) -> new ActivePlan(row.getLong(1), row.getLong(2), null, null), currentUser.clinicId());
        var random = new Random(7);
        int[] size = new int[1];
        measure("Today list", () -> size[0] = progress.needingAttention(org.springframework.data.domain.PageRequest.of(0, 50)).size());
        System.out.printf("  (%,d clients need attention)%n", size[0]);
        LocalDate today = LocalDate.now();
        measure("Client review: readiness", () -> progress.readiness(randomPlan(active, random).planId()));
        measure("Client review: red flags", () -> progress.openRedFlags(randomPlan(active, random).clientId()));
        measure("Client review: two weeks of logs", () -> progress.sessions(randomPlan(active, random).clientId(),
                today.minusDays(13), today));
        measure("Client review: questionnaires", () -> progress.measures(randomPlan(active, random).clientId()));
        measure("Client review: twelve weeks drawn as charts", () -> {
            var review = progress.review(randomPlan(active, random).clientId());
            ProgressCharts.pain(review);
            ProgressCharts.adherence(review);
        });
        signIn.signOut();
    }

    private static ActivePlan randomPlan(List<ActivePlan> active, Random random) {
        return active.get(random.nextInt(active.size()));
    }

    private void measure(String what, Runnable screen) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < 3; i++) {
            screen.run();
        }
        long[] millis = new long[RUNS];
        statistics.clear();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            screen.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%s: median %d ms, slowest %d ms, %d SQL statements per run (%d runs)%n", what,
                millis[RUNS / 2], millis[RUNS - 1], statistics.getPrepareStatementCount() / RUNS, RUNS);
    }

    /** The clinic's first client with an active two-stage plan, which {@link ScaleData} copies. */
    private void modelPlan() {
        var draft = new ClientDraft();
        draft.setFirstName("Model");
        draft.setLastName("Client");
        draft.setDateOfBirth(LocalDate.of(1970, 1, 1));
        long client = clients.create(draft);
        long tilt = builtIn("somatic-pelvic-tilt");
        long part1 = builtIn("gluteal-stretch-part-1");
        long plan = plans.create(client, "Low back, gentle start", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Gluteal stretches");
        content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose());
        content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
