package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.clientlink.ClientLinkService;
import com.stepwise.handout.HandoutFixture;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.ProgressService;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The client's own page probed from outside, over HTTP against the real server: links that do not work are told
 * apart by nothing and write nothing, a form without its CSRF token is refused, too many requests get 429, and the
 * page is light and sends strict headers.
 */
class ClientLinkHttpTest extends BrowserJourney {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"how-([0-9]+-[0-9]+)\"");

    @Autowired
    SystemSignIn signIn;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    ClientLinkService links;
    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    MutableClock clock;
    @Autowired
    TestClinics testClinics;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build();

    @BeforeEach
    void freshMinute() {
        // Each test in a minute of its own, so the rate limit counts only its requests.
        clock.setDay(LocalDate.now().plusDays(100 + (long) (Math.random() * 1000)));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** A client of the demo clinic following a plan, and their link's path. */
    private record Linked(long client, long plan, String path) {
    }

    private Linked linkedClient(String first) {
        var linked = new Linked[1];
        signIn.runAs(DEMO_EMAIL, () -> {
            long client = fixture.client(first, "Vea", Language.ENGLISH, false);
            long plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt")));
            String address = links.issue(plan).address();
            linked[0] = new Linked(client, plan, address.substring(address.indexOf("/c/")));
        });
        return linked[0];
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The form as the page offers it, every session "painful, 8", with the urgent saddle numbness ticked. */
    private static Map<String, String> painfulReport(String page) {
        var form = new java.util.HashMap<String, String>();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the form carries its CSRF token").isTrue();
        form.put("_csrf", csrf.group(1));
        form.put("day", "today");
        var fields = FIELD.matcher(page);
        while (fields.find()) {
            form.put("how-" + fields.group(1), "P");
            form.put("pain-" + fields.group(1), "8");
            form.put("before-" + fields.group(1), "");
        }
        form.put("sign", "SADDLE_NUMBNESS");
        return form;
    }

    private boolean nothingRecorded(long client) {
        boolean[] nothing = new boolean[1];
        signIn.runAs(DEMO_EMAIL, () -> nothing[0] = progress.sheet(client, LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock)).cells().isEmpty() && progress.openRedFlags(client).isEmpty());
        return nothing[0];
    }

    @Test
    void unknownRevokedEndedAndMalformedLinksGetTheSameAnswerAndWriteNothing() throws Exception {
        var live = linkedClient("Sione");
        var revoked = linkedClient("Ana");
        var ended = linkedClient("Losa");
        signIn.runAs(DEMO_EMAIL, () -> {
            links.revoke(revoked.plan());
            plans.complete(ended.plan(), plans.get(ended.plan()).version());
        });
        var page = get(live.path());
        assertThat(page.statusCode()).isEqualTo(200);
        var form = painfulReport(page.body());

        var answers = new ArrayList<String>();
        for (var path : List.of(revoked.path(), ended.path(), "/c/0000-0000-0000-0000-0000-0000-0000",
                "/c/not-a-link", "/c/" + "x".repeat(300))) {
            var read = get(path);
            var write = post(path, form);
            assertThat(read.statusCode()).as(path).isEqualTo(404);
            assertThat(write.statusCode()).as(path).isEqualTo(404);
            answers.add(read.body());
            answers.add(write.body());
        }
        assertThat(answers).as("one answer for every link that does not work").containsOnly(answers.getFirst());
        assertThat(answers.getFirst()).contains("This link is not working", "ask your clinic for your current link");
        assertThat(nothingRecorded(revoked.client())).isTrue();
        assertThat(nothingRecorded(ended.client())).isTrue();
        assertThat(nothingRecorded(live.client())).as("the form's fields never choose the client").isTrue();

        var saved = post(live.path(), form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith(live.path() + "?saved=true"));
        assertThat(nothingRecorded(live.client())).isFalse();
        var after = get(live.path() + "?saved=true");
        assertThat(after.body()).contains("Thank you. It is saved", "Get emergency care now");
    }

    @Test
    void aLinkWhosePageCannotBeShownAnswersLikeOneThatDoesNotWork() throws Exception {
        String[] path = new String[1];
        try {
            // A clinic that has not yet given its phone number: its handouts do not print, its pages do not show.
            testClinics.atNewClinic();
            long client = fixture.client("Pita", "Sharples", Language.ENGLISH, false);
            long plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt")));
            String address = links.issue(plan).address();
            path[0] = address.substring(address.indexOf("/c/"));
        } finally {
            testClinics.signOut();
        }
        var page = get(path[0]);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).isEqualTo(get("/c/0000-0000-0000-0000-0000-0000-0000").body())
                .doesNotContain("Clinic settings");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndSavesNothing() throws Exception {
        var live = linkedClient("Tevita");
        var form = painfulReport(get(live.path()).body());
        form.remove("_csrf");
        var forged = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        var response = forged.send(HttpRequest.newBuilder(URI.create(url(live.path())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form could not be saved");
        assertThat(nothingRecorded(live.client())).isTrue();
    }

    @Test
    void tooManyRequestsGetAFriendlyPageWith429() throws Exception {
        var live = linkedClient("Mosese");
        for (int i = 0; i < 30; i++) {
            assertThat(get(live.path()).statusCode()).isEqualTo(200);
        }
        var limited = get(live.path(), "Accept-Language", "es-ES,es;q=0.9");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("60");
        assertThat(limited.body()).contains("Demasiados intentos en poco tiempo");
    }

    @Test
    void thePageIsLightSendsStrictHeadersAndKeepsNoSession() throws Exception {
        var live = linkedClient("Lupe");
        var page = http.send(HttpRequest.newBuilder(URI.create(url(live.path()))).header("Accept-Encoding", "gzip")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(page.statusCode()).isEqualTo(200);
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Encoding")).contains("gzip");
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("script-src"));
        assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("STEPWISE-CSRF=")
                        .contains("HttpOnly", "SameSite=Strict", "Path=/c"));

        String html = get(live.path()).body();
        assertThat(html).doesNotContain("<script", "Vea", "1961");
        long bytes = page.body().length;
        var linked = Pattern.compile("(?:href|src)=\"(/[^\"]+)\"").matcher(html);
        var loaded = new ArrayList<String>();
        while (linked.find()) {
            String path = linked.group(1).replace("&amp;", "&");
            if (path.startsWith("/c/drawings/") || path.endsWith(".css") || path.endsWith("/logo")) {
                var resource = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(resource.statusCode()).as(path).isEqualTo(200);
                bytes += resource.body().length;
                loaded.add(path);
            }
        }
        assertThat(loaded).anyMatch(path -> path.endsWith(".css")).anyMatch(path -> path.startsWith("/c/drawings/"));
        System.out.printf("Client page first load: %d bytes transferred (%s)%n", bytes, loaded);
        assertThat(bytes).as("first load, page and everything it loads, compressed").isLessThanOrEqualTo(100_000);
    }
}
