package com.stepwise.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * How many session reports per second clients' phones can send through their own links: starts the production jar
 * (build it first with {@code ./mvnw -Pproduction package -DskipTests}) on a fresh H2 file database, the app's
 * default, with the 10,000-client data set ({@code -Dreports.profiles=demo} for the small demo), prints handouts for
 * a few hundred clients to issue their links (read from the printed address), then submits reports through the real
 * form endpoint from several threads: each report changes today's sessions, so every one is a real write through the
 * log service, with Today's kept state and readiness computed again. The per-link and per-address rate limits are
 * raised for the run (all requests come from one address), so what is measured is the report, not the limiter.
 * <p>
 * Prints throughput, the median and 95th percentile of a report's time as the phone sees it (until the redirect to
 * the thank-you page), the server's CPU per report from {@code /proc}, and the machine's load. Nothing is asserted
 * about time; it is run by hand and its figures go to docs/performance.md:
 * <pre>
 * ./mvnw -Pproduction package -DskipTests
 * ./mvnw test -Dtest=ClientReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ClientReportBenchmark {

    private static final Pattern ADDRESS = Pattern.compile("/c/[0-9a-z]{4}(?:-[0-9a-z]{4}){6}");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern BEFORE = Pattern.compile("name=\"before-([0-9]+-[0-9]+)\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One client's phone: its link, the form's CSRF cookie and token, and what today's boxes hold now. */
    private static final class Phone {
        final String path;
        String cookie;
        String csrf;
        final Map<String, String> boxes = new LinkedHashMap<>();
        int pain;

        Phone(String path) {
            this.path = path;
        }
    }

    @Test
    void reportsPerSecond() throws Exception {
        String profiles = System.getProperty("reports.profiles", "demo,scale");
        int threads = Integer.getInteger("reports.threads", 8);
        int seconds = Integer.getInteger("reports.seconds", 30);
        var arguments = new ArrayList<>(List.of("--stepwise.client-links.requests-per-minute-per-link=1000000",
                "--stepwise.client-links.requests-per-minute-per-address=1000000"));
        // -Dreports.server-args="--name=value ..." tries a setting of the server's.
        arguments.addAll(java.util.Arrays.stream(System.getProperty("reports.server-args", "").split(" "))
                .filter(argument -> !argument.isBlank()).toList());
        try (var server = ProductionServer.start(profiles, arguments.toArray(String[]::new))) {
            var clinician = new VaadinClient(http, server.url(""));
            clinician.signIn(ProductionServer.DEMO_EMAIL, ProductionServer.DEMO_PASSWORD, "");
            var phones = new ArrayList<Phone>();
            for (var target : PlannedClients.find(clinician, profiles.contains("scale"),
                    Integer.getInteger("reports.clients", 200))) {
                try (var pdf = Loader.loadPDF(clinician.download("handouts/plans/" + target.planId() + ".pdf"))) {
                    var address = ADDRESS.matcher(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""));
                    if (address.find()) {
                        phones.add(open(server, new Phone(address.group())));
                    }
                }
            }
            assertThat(phones).as("clients with a link").isNotEmpty();
            System.out.printf("Links: %d clients, %d sessions a day each on average%n", phones.size(),
                    phones.stream().mapToInt(p -> p.boxes.size()).sum() / phones.size());

            awaitQuiet(server);
            run(server, phones, threads, 20, null);
            // Three rounds, each printed: the figures of one round vary by a tenth or more on this machine.
            var throughputs = new ArrayList<Double>();
            for (int round = 1; round <= 3; round++) {
                var latencies = new ConcurrentLinkedQueue<Long>();
                long cpuBefore = server.cpuNanos();
                long start = System.nanoTime();
                int reports = run(server, phones, threads, seconds, latencies);
                double elapsed = (System.nanoTime() - start) / 1e9;
                long cpu = server.cpuNanos() - cpuBefore;
                var sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                throughputs.add(reports / elapsed);
                System.out.printf("Client reports, round %d (%s, H2 file database, %d threads, %d s): %d reports, "
                                + "%.0f per second; median %.1f ms, 95th percentile %.1f ms; server CPU %.2f ms per "
                                + "report; load average %s%n",
                        round, profiles, threads, seconds, reports, reports / elapsed,
                        sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                        cpu / 1e6 / reports, ProductionServer.loadAverage());
            }
            Collections.sort(throughputs);
            System.out.printf("Client reports: median of the rounds %.0f per second%n", throughputs.get(1));
        }
    }

    /**
     * Waits until the server has finished what start-up left it doing (the generated data set is written out by H2's
     * background writer for a while), so that work is not counted against the reports.
     */
    private static void awaitQuiet(ProductionServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            long before = server.cpuNanos();
            Thread.sleep(5_000);
            if (server.cpuNanos() - before < 250_000_000L) {
                return;
            }
        }
    }

    /** Opens the link's page as the phone would: its form token, its cookie and what today holds. */
    private Phone open(ProductionServer server, Phone phone) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(server.url(phone.path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(phone.path).isEqualTo(200);
        phone.cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("STEPWISE-CSRF="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        phone.csrf = csrf.group(1);
        var boxes = BEFORE.matcher(page.body());
        while (boxes.find()) {
            phone.boxes.put(boxes.group(1), boxes.group(2));
        }
        return phone;
    }

    /** Each thread takes phones in turn and reports a changed pain for all of today's sessions; returns the count. */
    private int run(ProductionServer server, List<Phone> phones, int threads, int seconds,
                    ConcurrentLinkedQueue<Long> latencies) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        var counts = new ArrayList<java.util.concurrent.Future<Integer>>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            counts.add(pool.submit(() -> {
                int done = 0;
                for (int i = first; System.nanoTime() < end; i += threads) {
                    var phone = phones.get(i % phones.size());
                    // Phones are shared by threads in turn, never at once: a phone is one client's.
                    synchronized (phone) {
                        long began = System.nanoTime();
                        report(server, phone);
                        if (latencies != null) {
                            latencies.add(System.nanoTime() - began);
                        }
                    }
                    done++;
                }
                return done;
            }));
        }
        int total = 0;
        for (var count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total;
    }

    private void report(ProductionServer server, Phone phone) throws Exception {
        phone.pain = (phone.pain + 1) % 11;
        var form = new LinkedHashMap<String, String>();
        form.put("_csrf", phone.csrf);
        form.put("day", "today");
        phone.boxes.forEach((field, before) -> {
            form.put("before-" + field, before);
            form.put("how-" + field, "C");
            form.put("pain-" + field, String.valueOf(phone.pain));
        });
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var response = http.send(HttpRequest.newBuilder(URI.create(server.url(phone.path)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", phone.cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Report refused with HTTP " + response.statusCode() + " for "
                    + phone.path);
        }
        phone.boxes.replaceAll((field, before) -> "C" + phone.pain);
    }
}
