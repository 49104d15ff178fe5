package com.stepwise.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The production jar ({@code ./mvnw -Pproduction package -DskipTests}) started as its own process on a free port and a
 * fresh H2 file database, for benchmarks that measure what a clinic would run: its CPU time from {@code /proc}, its
 * heap after a full collection through {@code jcmd}.
 */
final class ProductionServer implements AutoCloseable {

    static final String DEMO_EMAIL = "sam@riverside.example";
    static final String DEMO_PASSWORD = "riverside-demo";

    private final Process process;
    private final String base;
    private final Path jar;

    private ProductionServer(Process process, String base, Path jar) {
        this.process = process;
        this.base = base;
        this.jar = jar;
    }

    /**
     * Starts the jar with these Spring profiles ("demo", or "demo,scale") and any further arguments
     * ("--name=value"), and waits until the demo is ready.
     */
    static ProductionServer start(String profiles, String... arguments) throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("stepwise-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No production jar in target/: run ./mvnw -Pproduction package -DskipTests first"));
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var data = Files.createTempDirectory("stepwise-benchmark");
        var log = data.resolve("server.log");
        var command = new java.util.ArrayList<String>();
        command.add(tool("java"));
        // -Dserver.jvm-options="-XX:StartFlightRecording=filename=/tmp/server.jfr" profiles the server under load.
        command.addAll(java.util.Arrays.stream(System.getProperty("server.jvm-options", "").split(" "))
                .filter(option -> !option.isBlank()).toList());
        command.addAll(java.util.List.of("-jar", jar.toString(), "--server.port=" + port,
                "--spring.profiles.active=" + profiles, "--stepwise.data-dir=" + data));
        command.addAll(java.util.List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var server = new ProductionServer(process, "http://localhost:" + port, jar);
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped; see " + log);
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(server.base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")
                        && Files.readString(log).contains("Stepwise demo is ready")) {
                    System.out.printf("Server: %s, pid %d, log %s%n", jar, process.pid(), log);
                    return server;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        server.close();
        throw new IllegalStateException("The server did not start within five minutes; see " + log);
    }

    String url(String path) {
        return base + path;
    }

    /** The server's CPU time so far (user and system, all its threads), from /proc. */
    long cpuNanos() throws IOException {
        var stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    /** The heap in use after a full collection, as {@code jcmd GC.heap_info} reports it. */
    long heapAfterFullCollection() throws Exception {
        String pid = String.valueOf(process.pid());
        run(tool("jcmd"), pid, "GC.run");
        var info = run(tool("jcmd"), pid, "GC.heap_info");
        var used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info did not tell the heap used: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /** Live objects' bytes by class after a full collection, as {@code jcmd GC.class_histogram} reports them. */
    java.util.Map<String, Long> classHistogram() throws Exception {
        var histogram = new java.util.HashMap<String, Long>();
        var row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(run(tool("jcmd"), String.valueOf(process.pid()), "GC.class_histogram"));
        while (row.find()) {
            histogram.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return histogram;
    }

    Path jar() {
        return jar;
    }

    static String loadAverage() throws IOException {
        var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
