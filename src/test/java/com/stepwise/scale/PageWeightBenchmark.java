package com.stepwise.scale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * What a clinician's browser downloads: the production jar ({@code ./mvnw -Pproduction package -DskipTests}) with the
 * demo clinic, opened in Chromium as a physio would (sign in, Today, a client's page, the plan builder, one edit and
 * its save, back to Today), printing for each step the requests made and the bytes on the wire (compressed, as
 * received) and after decoding. Run by hand; its figures go to docs/performance.md:
 * <pre>
 * ./mvnw -Pproduction package -DskipTests
 * ./mvnw test -Dtest=PageWeightBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class PageWeightBenchmark {

    private record Transfer(String url, long wire, long decoded) {
    }

    private final ConcurrentLinkedQueue<Transfer> transfers = new ConcurrentLinkedQueue<>();

    @Test
    void whatTheBrowserDownloads() throws Exception {
        try (var server = ProductionServer.start("demo");
             var playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            var page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1180, 820)).newPage();
            page.onRequestFinished(this::count);

            System.out.printf("%n| step | requests | on the wire | decoded | of which page updates (wire) |%n");
            page.navigate(server.url("/login"));
            settle(page);
            report("Sign-in page (first visit, nothing cached)");

            page.locator("vaadin-login-form input[name='username']").fill(ProductionServer.DEMO_EMAIL);
            page.locator("vaadin-login-form input[name='password']").fill(ProductionServer.DEMO_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            page.locator("vaadin-grid").first().waitFor();
            settle(page);
            report("Sign in, then Today");

            page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Margaret O'Brien")).first().click();
            page.locator("section.progress-review").waitFor();
            settle(page);
            report("A client's page (with its charts)");

            page.locator("a[href^='plans/']").first().click();
            page.locator(".stage-card").first().waitFor();
            settle(page);
            report("Her plan in the builder");

            var notes = page.locator(".stage-notes input").first();
            notes.fill("Breathe out on the way up");
            notes.press("Tab");
            settle(page);
            report("One edit (a stage's notes)");

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save changes")).click();
            page.getByText("Saved version").first().waitFor();
            settle(page);
            report("Save");

            page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Today")).first().click();
            page.locator("vaadin-grid").first().waitFor();
            settle(page);
            report("Back to Today");
            browser.close();
        }
    }

    private void count(Request request) {
        var sizes = request.sizes();
        var response = request.response();
        long decoded = 0;
        try {
            decoded = response == null ? 0 : response.body().length;
        } catch (RuntimeException noBody) {
            // a redirect has no body to read
        }
        transfers.add(new Transfer(request.url(), sizes.responseHeadersSize + Math.max(0, sizes.responseBodySize),
                decoded));
    }

    /** Waits until no request has finished for a second, so a step's lazy loads (charts, grid rows) are in. */
    private void settle(Page page) {
        int seen = -1;
        while (seen != transfers.size()) {
            seen = transfers.size();
            page.waitForTimeout(1_000);
        }
    }

    private void report(String step) {
        var taken = List.copyOf(transfers);
        transfers.clear();
        long wire = taken.stream().mapToLong(Transfer::wire).sum();
        long decoded = taken.stream().mapToLong(Transfer::decoded).sum();
        long updates = taken.stream().filter(t -> t.url().contains("v-r=uidl") || t.url().contains("v-r=init"))
                .mapToLong(Transfer::wire).sum();
        System.out.printf("| %s | %d | %.1f KB | %.1f KB | %.1f KB |%n", step, taken.size(), wire / 1024.0,
                decoded / 1024.0, updates / 1024.0);
    }
}
