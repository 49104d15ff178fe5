package com.stepwise.scale;

import com.stepwise.TestClinics;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.ScaleData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What Today and the client page cost the server in a clinic of 10,000 clients and about a million logs
 * ({@link ScaleData}), through the real views (Vaadin's browserless navigation: the services, the queries and the
 * components). Prints, per screen, the median and 95th percentile of wall time and of CPU time: the application's
 * (the measuring thread's CPU, which includes an embedded H2) and the database server's (PostgreSQL's processes, read
 * from /proc), with the statements per view. No cache answers for the code: every view asks for a different client or
 * a different page of Today, and H2 runs with its query cache off. Asserts nothing about time; see
 * docs/performance.md. Subclasses name the database. Not part of the suite (the names do not end in Test):
 * {@code ./mvnw test -Dtest='ScaleBenchmarkOn*' -Dsurefire.failIfNoSpecifiedTests=false}, a smaller clinic with
 * {@code -Dscale.clients=1000}.
 */
abstract class ScaleBenchmark extends SpringBrowserlessTest {

    private static final int CLIENTS = Integer.getInteger("scale.clients", 10_000);
    private static final int DAYS = Integer.getInteger("scale.days", 115);
    private static final int WARM_UP = 30;
    private static final int RUNS = 60;

    @Autowired
    ScaleData data;
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
    JdbcTemplate jdbc;

    /** What the figures were taken on, printed with them. */
    abstract String database();

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void todayAndTheClientPageAtFullSize() {
        modelPlan();
        long start = System.nanoTime();
        long logs = data.generate(currentUser.clinicId(), CLIENTS, DAYS);
        System.out.printf("%s: generated %,d clients and %,d logs in %.0f s%n", database(), CLIENTS, logs,
                (System.nanoTime() - start) / 1e9);
        jdbc.execute("analyze");
        List<Long> clientIds = jdbc.queryForList("select id from client where clinic_id = ?", Long.class,
                currentUser.clinicId());
        var random = new Random(7);
        int pages = (int) Math.max(1, jdbc.queryForObject("select count(*) from client_attention where clinic_id = ?",
                Long.class, currentUser.clinicId()) / 50);

        System.out.printf("Load average before: %s%n", loadAverage());
        measure("Today (first page)", run -> "today");
        measure("Today (a later page)", run -> "today");
        measure("Client page", run -> "clients/" + clientIds.get(random.nextInt(clientIds.size())));
        System.out.printf("Load average after: %s (%d pages of Today)%n", loadAverage(), pages);
    }

    /**
     * Opens the view {@code WARM_UP} times, then {@code RUNS} times measured. "A later page" scrolls Today's grid to a
     * random page after opening it, so the page query's offset differs each time.
     */
    private void measure(String what, IntFunction<String> route) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var threads = ManagementFactory.getThreadMXBean();
        var random = new Random(what.hashCode());
        boolean laterPage = what.contains("later page");
        for (int i = 0; i < WARM_UP; i++) {
            open(route.apply(i), laterPage, random);
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        long[] dbCpu = new long[RUNS];
        statistics.clear();
        for (int i = 0; i < RUNS; i++) {
            long dbBefore = databaseCpuNanos();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long before = System.nanoTime();
            open(route.apply(i), laterPage, random);
            wall[i] = System.nanoTime() - before;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
            dbCpu[i] = databaseCpuNanos() - dbBefore;
        }
        System.out.printf("%s on %s: wall median %.1f ms, p95 %.1f ms; app CPU median %.1f ms, p95 %.1f ms; "
                        + "database server CPU %.1f ms per view; %d statements per view (%d views)%n", what,
                database(), median(wall), p95(wall), median(cpu), p95(cpu),
                Arrays.stream(dbCpu).sum() / 1e6 / RUNS, statistics.getPrepareStatementCount() / RUNS, RUNS);
        if (Boolean.getBoolean("scale.statements")) {
            for (var query : statistics.getQueries()) {
                System.out.printf("  %.1f × %s%n", (double) statistics.getQueryStatistics(query).getExecutionCount()
                        / RUNS, query.replaceAll("\\s+", " "));
            }
        }
    }

    private void open(String route, boolean laterPage, Random random) {
        navigate(route, Component.class);
        if (route.equals("today")) {
            var grid = test(find(com.vaadin.flow.component.grid.Grid.class).first());
            int size = grid.size();
            if (size > 0) {
                grid.getRow(0);
            }
            if (laterPage && size > 100) {
                grid.getRow(50 + random.nextInt(size - 60));
            }
        }
    }

    /** The CPU time of the database's own processes so far; zero for an embedded database (counted as the app's). */
    long databaseCpuNanos() {
        return 0;
    }

    /** The CPU time of every process whose command is {@code name}, from /proc (Linux), in nanoseconds. */
    static long processCpuNanos(String name) {
        long ticks = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (command.equals(name)) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // The process ended while being read.
                }
            }
        } catch (java.io.IOException unreadable) {
            return 0;
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException unreadable) {
            return "unknown";
        }
    }

    private static double median(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
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
