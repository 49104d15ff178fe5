package com.stepwise;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the few end-to-end journeys: the real app on a random port, with the demo clinic, driven through
 * Debian's Chromium by Playwright. A screenshot of each journey's last screen lands in target/journeys/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:journeys;DB_CLOSE_DELAY=-1",
                // As behind a TLS proxy: X-Forwarded-Proto counts (HttpSecurityTest checks the cookie and HSTS).
                "server.forward-headers-strategy=native"})
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
abstract class BrowserJourney {

    static final String DEMO_EMAIL = "sam@riverside.example";
    static final String DEMO_PASSWORD = "riverside-demo";
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        // A tablet in landscape: the size physios use in clinic.
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1180, 820)).newPage();
        page.setDefaultTimeout(20_000);
        // Browser-side errors end up in the test output, where a failing journey is diagnosed.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.err.println("[browser] " + message.text());
            }
        });
        page.onPageError(error -> System.err.println("[browser] " + error));
        page.onRequestFailed(request -> System.err.println("[browser] failed " + request.url() + ": "
                + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.err.println("[browser] " + response.status() + " " + response.url());
            }
        });
    }

    @AfterEach
    void keepScreenshot(TestInfo test) throws Exception {
        var dir = Path.of("target", "journeys");
        Files.createDirectories(dir);
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(test.getTestMethod().orElseThrow().getName()
                + ".png")).setFullPage(true));
        page.context().close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The button with exactly this accessible name. */
    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void signInAsDemoClinician() {
        page.navigate(url("/"));
        page.locator("vaadin-login-form input[name='username']").fill(DEMO_EMAIL);
        page.locator("vaadin-login-form input[name='password']").fill(DEMO_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(u -> !u.contains("/login"));
    }
}
