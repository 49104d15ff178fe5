package com.stepwise.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How many clinicians one node serves: starts the production jar (build it first with {@code ./mvnw -Pproduction
 * package}) on a fresh H2 file database with the demo clinic, and the 10,000-client data set with
 * {@code -Dcapacity.profiles=demo,scale}, then drives it over HTTP with simulated clinicians ({@link VaadinClient}),
 * each signed in with a session of their own and doing one interaction every ten seconds from a typical mix: Today,
 * a client's page (with its charts), an edit and save in the plan builder, a printed handout.
 * <p>
 * It prints, for 100, 300 and 500 clinicians (or {@code -Dcapacity.levels}): the server's CPU per interaction (read
 * from {@code /proc}, so it includes the embedded database, the JIT and the collector), the median and 95th percentile
 * of each interaction's time as the client sees it, the bytes on the wire, and the driver's own CPU. Before that, the
 * heap the server retains per idle signed-in clinician, measured after a full collection ({@code jcmd GC.run}) with
 * 10 and with 50 sessions open on a client's page, then with 50 more on Today, and what signing those out frees.
 * Nothing is asserted about time; it is run by hand and its figures go to docs/performance.md:
 * <pre>
 * ./mvnw -Pproduction package -DskipTests
 * ./mvnw test -Dtest=CapacityBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class CapacityBenchmark {

    private static final String EMAIL = ProductionServer.DEMO_EMAIL;
    private static final String PASSWORD = ProductionServer.DEMO_PASSWORD;
    private static final Duration PERIOD = Duration.ofSeconds(10);

    enum Interaction { TODAY, CLIENT_PAGE, BUILDER_EDIT_AND_SAVE, HANDOUT }

    /** The mix: how many of every ten interactions are of each kind. */
    private static final Map<Interaction, Integer> MIX = Map.of(Interaction.TODAY, 3, Interaction.CLIENT_PAGE, 4,
            Interaction.BUILDER_EDIT_AND_SAVE, 2, Interaction.HANDOUT, 1);

    private record Sample(Interaction kind, long nanos, long bytes, String outcome) {
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<PlannedClients.Target> targets = new ArrayList<>();
    private final AtomicInteger edits = new AtomicInteger();
    private ProductionServer server;

    @Test
    void clinicians() throws Exception {
        String profiles = System.getProperty("capacity.profiles", "demo");
        int seconds = Integer.getInteger("capacity.seconds", 60);
        int warmUp = Integer.getInteger("capacity.warmup", 20);
        var levels = List.of(System.getProperty("capacity.levels", "100,300,500").split(",")).stream()
                .map(String::strip).map(Integer::parseInt).toList();
        try (var started = ProductionServer.start(profiles)) {
            server = started;
            System.out.printf("%nCapacity of one node: profiles %s, %d cores, load average %s%n", profiles,
                    Runtime.getRuntime().availableProcessors(), ProductionServer.loadAverage());
            findTargets(profiles.contains("scale"));
            warmUp();
            var sessions = new ArrayList<Clinician>();
            measureHeap(sessions);
            System.out.printf("%n| clinicians | interactions/s | server CPU per interaction | server CPU busy "
                    + "| p50 / p95 all | p95 Today | p95 client page | p95 builder edit+save | p95 handout "
                    + "| KB per interaction | driver CPU per interaction | conflicts / errors |%n");
            for (int level : levels) {
                signIn(sessions, level);
                run(sessions.subList(0, level), warmUp, seconds);
            }
            System.out.printf("Load average after: %s%n", ProductionServer.loadAverage());
        }
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    // --- what the clinicians open -------------------------------------------------------------------------------

    private void findTargets(boolean scale) {
        var probe = new VaadinClient(http, server.url(""));
        probe.signIn(EMAIL, PASSWORD, "");
        targets.addAll(PlannedClients.find(probe, scale, scale ? 300 : 30));
        assertThat(targets).as("clients with a plan to open").isNotEmpty();
        System.out.printf("Clients with a plan to open: %d%n", targets.size());
    }

    /**
     * Every client page and plan once, then a few hundred interactions of the mix from four clinicians at once, so the
     * server's JIT has compiled the paths, the database's page cache holds the data, and the connection pool and the
     * web server's threads have grown to what concurrent requests need before anything is measured (otherwise the
     * first sessions measured would pay for connections and threads that every later one shares).
     */
    private void warmUp() throws Exception {
        var first = new Clinician(new VaadinClient(http, server.url("")));
        first.browser.signIn(EMAIL, PASSWORD, "");
        for (var target : targets) {
            first.browser.navigate("clients/" + target.clientId());
            first.browser.navigate("plans/" + target.planId());
        }
        try (var pool = Executors.newFixedThreadPool(4)) {
            var running = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 4; i++) {
                running.add(pool.submit(() -> {
                    var clinician = new Clinician(new VaadinClient(http, server.url("")));
                    clinician.browser.signIn(EMAIL, PASSWORD, "");
                    for (int n = 0; n < 100; n++) {
                        clinician.act(clinician.pick());
                    }
                    clinician.browser.signOut();
                    return null;
                }));
            }
            for (var clinician : running) {
                clinician.get();
            }
        }
        first.browser.signOut();
    }

    // --- retained heap ------------------------------------------------------------------------------------------

    private void measureHeap(List<Clinician> sessions) throws Exception {
        long none = settledHeap();
        var before = server.classHistogram();
        signIn(sessions, 10);
        long ten = settledHeap();
        signIn(sessions, 50);
        long fifty = settledHeap();
        printGrowth(before, server.classHistogram());
        System.out.printf("%nRetained heap after a full collection: %,d KB with no session, %,d KB with 10, %,d KB "
                        + "with 50 idle on a client's page: %,d KB per session (first 10), %,d KB per session (next "
                        + "40), %,d KB per session (all 50)%n", none / 1024, ten / 1024, fifty / 1024,
                (ten - none) / 10 / 1024, (fifty - ten) / 40 / 1024, (fifty - none) / 50 / 1024);

        var onToday = new ArrayList<VaadinClient>();
        for (int i = 0; i < 50; i++) {
            var browser = new VaadinClient(http, server.url(""));
            browser.signIn(EMAIL, PASSWORD, "");
            onToday.add(browser);
        }
        long withToday = settledHeap();
        onToday.forEach(VaadinClient::signOut);
        long signedOut = settledHeap();
        System.out.printf("50 more idle on Today (where a clinician lands): %,d KB per session; all 50 signed out: "
                        + "%,d KB per session freed%n", (withToday - fifty) / 50 / 1024,
                (withToday - signedOut) / 50 / 1024);
    }

    /**
     * What the 50 sessions added, by owner (the package a class comes from: Vaadin's component state, the embedded
     * database's cache, the JDK's collections and arrays that hold either) and the ten classes that grew most.
     */
    private static void printGrowth(Map<String, Long> before, Map<String, Long> after) {
        var growth = new java.util.HashMap<String, Long>();
        after.forEach((name, bytes) -> growth.put(name, bytes - before.getOrDefault(name, 0L)));
        var byOwner = new java.util.TreeMap<String, Long>();
        growth.forEach((name, bytes) -> byOwner.merge(owner(name), bytes, Long::sum));
        System.out.printf("Heap the 50 sessions added, by owner:");
        byOwner.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf(" %s %,d KB;", e.getKey(), e.getValue() / 1024));
        System.out.printf("%nClasses that grew most:");
        growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> System.out.printf(" %s %,d KB;", e.getKey(), e.getValue() / 1024));
        System.out.println();
    }

    private static String owner(String className) {
        if (className.startsWith("[") || className.startsWith("java.") || className.startsWith("jdk.")) {
            return "JDK arrays and collections";
        }
        var parts = className.split("\\.");
        return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : className;
    }

    /**
     * The heap once it has stopped shrinking, for every reading: H2 keeps the pages a write or a read brought in for
     * 45 s (its retention time), so just after loading the 10,000-client data set, or just after sessions opened their
     * first client pages, the heap holds up to a hundred megabytes that go on their own a minute later (one run read
     * 11 MB per session for the first ten and then minus 2.6 MB for the next forty). Reads every 15 s until two
     * readings are within 1 MB, for at most two minutes.
     */
    private long settledHeap() throws Exception {
        long previous = heap();
        for (int i = 0; i < 8; i++) {
            Thread.sleep(15_000);
            long now = heap();
            if (Math.abs(previous - now) < 1024 * 1024) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** The least of three readings, each after a full collection, so a collection still settling does not count. */
    private long heap() throws Exception {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            least = Math.min(least, server.heapAfterFullCollection());
        }
        return least;
    }

    // --- sessions and load --------------------------------------------------------------------------------------

    /**
     * Adds signed-in clinicians until there are {@code count}, each left idle on a client's page (what a physio has
     * open between appointments).
     */
    private void signIn(List<Clinician> sessions, int count) throws Exception {
        var added = new ConcurrentLinkedQueue<Clinician>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = sessions.size(); i < count; i++) {
                pool.submit(() -> {
                    var clinician = new Clinician(new VaadinClient(http, server.url("")));
                    clinician.browser.signIn(EMAIL, PASSWORD, "");
                    clinician.act(Interaction.CLIENT_PAGE);
                    added.add(clinician);
                    return null;
                });
            }
        }
        sessions.addAll(added);
        assertThat(sessions).as("every clinician signed in").hasSizeGreaterThanOrEqualTo(count);
    }

    private void run(List<Clinician> clinicians, int warmUpSeconds, int seconds) throws Exception {
        var samples = new ConcurrentLinkedQueue<Sample>();
        var errors = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmUpSeconds).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        long[] cpuAtStart = new long[2];
        var starter = Executors.newSingleThreadScheduledExecutor();
        starter.schedule(() -> {
            try {
                cpuAtStart[0] = server.cpuNanos();
                cpuAtStart[1] = driverCpuNanos();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, measureFrom - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var clinician : clinicians) {
                long offset = ThreadLocalRandom.current().nextLong(PERIOD.toNanos());
                threads.submit(() -> {
                    for (long next = start + offset; next < end; next += PERIOD.toNanos()) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(Duration.ofNanos(wait));
                        }
                        var kind = clinician.pick();
                        long began = System.nanoTime();
                        try {
                            var sample = clinician.act(kind);
                            if (began >= measureFrom && began < end) {
                                samples.add(sample);
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            System.out.println("Interaction failed: " + kind + ": " + e.getMessage());
                        }
                    }
                    return null;
                });
            }
        }
        long serverCpu = server.cpuNanos() - cpuAtStart[0];
        long driverCpu = driverCpuNanos() - cpuAtStart[1];
        starter.shutdown();
        report(clinicians.size(), new ArrayList<>(samples), seconds, serverCpu, driverCpu, errors.get());
    }

    private static void report(int clinicians, List<Sample> samples, int seconds, long serverCpu, long driverCpu,
                               int errors) {
        int n = Math.max(1, samples.size());
        var all = samples.stream().map(Sample::nanos).sorted().toList();
        var byKind = new EnumMap<Interaction, List<Long>>(Interaction.class);
        samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s.nanos()));
        byKind.values().forEach(Collections::sort);
        long conflicts = samples.stream().filter(s -> "conflict".equals(s.outcome())).count();
        long bytes = samples.stream().mapToLong(Sample::bytes).sum();
        System.out.printf("| %d | %.1f | %.1f ms | %.0f %% of %d cores | %.0f / %.0f ms | %s | %s | %s | %s | %.1f "
                        + "| %.1f ms | %d / %d |%n",
                clinicians, samples.size() / (double) seconds, serverCpu / 1e6 / n,
                100.0 * serverCpu / (seconds * 1e9 * Runtime.getRuntime().availableProcessors()),
                Runtime.getRuntime().availableProcessors(), percentile(all, 50), percentile(all, 95),
                p95(byKind, Interaction.TODAY), p95(byKind, Interaction.CLIENT_PAGE),
                p95(byKind, Interaction.BUILDER_EDIT_AND_SAVE), p95(byKind, Interaction.HANDOUT),
                bytes / 1024.0 / n, driverCpu / 1e6 / n, conflicts, errors);
    }

    private static String p95(Map<Interaction, List<Long>> byKind, Interaction kind) {
        var list = byKind.get(kind);
        return list == null ? "–" : String.format("%.0f ms", percentile(list, 95));
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    /** One simulated clinician: a signed-in session, and the charts its browser has already cached. */
    private final class Clinician {

        final VaadinClient browser;
        private final Set<String> cached = new HashSet<>();
        private final List<Interaction> deck = new ArrayList<>();

        Clinician(VaadinClient browser) {
            this.browser = browser;
        }

        /** The next kind of interaction, drawn from a shuffled deck of the mix so each clinician keeps to it. */
        Interaction pick() {
            if (deck.isEmpty()) {
                MIX.forEach((kind, count) -> deck.addAll(Collections.nCopies(count, kind)));
                Collections.shuffle(deck);
            }
            return deck.removeLast();
        }

        Sample act(Interaction kind) {
            var target = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
            browser.takeBytes();
            long began = System.nanoTime();
            String outcome = "ok";
            switch (kind) {
                case TODAY -> browser.navigate("");
                case CLIENT_PAGE -> {
                    browser.navigate("clients/" + target.clientId());
                    for (int image : browser.find("img", null, null)) {
                        var src = browser.attribute(image, "src");
                        if (src != null && src.startsWith("charts/") && cached.add(src)) {
                            browser.get(src);
                        }
                    }
                }
                case BUILDER_EDIT_AND_SAVE -> {
                    browser.navigate("plans/" + target.planId());
                    var notes = browser.first("vaadin-text-field", null, "stage-notes");
                    var save = browser.first("vaadin-button", "Save changes", null);
                    if (notes.isPresent() && save.isPresent()) {
                        browser.setValue(notes.get(), "Breathe out on the way up (" + edits.incrementAndGet() + ")");
                        if (browser.attribute(save.get(), "disabled") != null) {
                            outcome = "read-only";
                        } else {
                            browser.click(save.get());
                            outcome = browser.first("div", "changed by someone else", null).isPresent() ? "conflict"
                                    : "ok";
                        }
                    } else {
                        outcome = "read-only";
                    }
                }
                case HANDOUT -> browser.get("handouts/plans/" + target.planId() + ".pdf");
            }
            return new Sample(kind, System.nanoTime() - began, browser.takeBytes(), outcome);
        }
    }
}
