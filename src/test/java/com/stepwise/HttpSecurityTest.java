package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a clinic's IT person checks with curl, against the real server on a random port (the journeys' context, with
 * forwarded headers honoured as behind a TLS proxy): security headers on pages and static files, the session cookie's
 * flags with and without HTTPS, and no session id in addresses.
 */
class HttpSecurityTest extends BrowserJourney {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndFilesCarryTheSecurityHeaders() throws Exception {
        for (var path : List.of("/login", "/styles.css", "/images/stepwise-mark.svg")) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() throws Exception {
        var plain = get("/login").headers().allValues("Set-Cookie");
        assertThat(plain).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly",
                "SameSite=Lax").doesNotContain("Secure"));

        var behindProxy = get("/login", "X-Forwarded-Proto", "https");
        assertThat(behindProxy.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax", "Secure"));
        assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    MutableClock clock;

    /** Posts the sign-in form as the browser does; answers where it was sent. */
    private String signIn(String email, String password) throws Exception {
        var form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("the sign-in answers with a redirect").isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void repeatedWrongPasswordsPauseSigningInForTheAccountWhateverIsTypedThenItResumes() throws Exception {
        try {
            clock.setDay(java.time.LocalDate.now());
            assertThat(signIn(DEMO_EMAIL, DEMO_PASSWORD)).as("the right password").doesNotContain("/login");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(signIn(DEMO_EMAIL, "wrong-password-" + attempt)).endsWith("/login?error");
            }
            assertThat(signIn(DEMO_EMAIL, DEMO_PASSWORD)).as("locked: even the right password waits")
                    .endsWith("/login?locked");
            for (int attempt = 1; attempt <= 5; attempt++) {
                signIn("nobody@nowhere.example", "guess-" + attempt);
            }
            assertThat(signIn("nobody@nowhere.example", "guess")).as("an account that does not exist locks alike")
                    .endsWith("/login?locked");

            clock.advance(java.time.Duration.ofMinutes(16));
            assertThat(signIn(DEMO_EMAIL, DEMO_PASSWORD)).as("after the pause").doesNotContain("/login");
        } finally {
            clock.reset();
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.clinic.ClinicService clinics;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aLongPassphraseSignsInAndAnOldBcryptHashIsUpgradedAtSignIn() throws Exception {
        var passphrase = "the quiet heron waits by the river while the tide turns slowly over grey stones!";
        clinics.createClinicUnlessEmailExists(new com.stepwise.clinic.FirstRunSetup("Heron Physio", "Ada Heron",
                "ada@heron.example", passphrase));
        assertThat(signIn("ada@heron.example", passphrase)).as("80 characters, past bcrypt's 72 bytes")
                .doesNotContain("/login");
        assertThat(signIn("ada@heron.example", passphrase.substring(0, 72))).as("and all 80 count")
                .endsWith("/login?error");

        jdbc.update("update clinician set password_hash = ? where email = ?", "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("an older password"),
                "ada@heron.example");
        assertThat(signIn("ada@heron.example", "an older password")).doesNotContain("/login");
        assertThat(jdbc.queryForObject("select password_hash from clinician where email = ?", String.class,
                "ada@heron.example")).as("upgraded at sign-in").startsWith("{argon2@SpringSecurity_v5_8}");
    }

    /** A client with its own cookies, signed in as the demo clinician. */
    private HttpClient signedInBrowser() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var form = "username=" + java.net.URLEncoder.encode(DEMO_EMAIL, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return browser;
    }

    @Test
    void theReviewsChartsAreServedToTheSignedInClinicianOnly() throws Exception {
        long client = jdbc.queryForObject("select min(c.id) from client c join clinician d on d.clinic_id = "
                + "c.clinic_id where d.email = ?", Long.class, DEMO_EMAIL);
        String chart = "/charts/clients/" + client + "/pain.svg?v=1";
        var signedIn = signedInBrowser().send(HttpRequest.newBuilder(URI.create(url(chart))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg+xml"));
        assertThat(signedIn.body()).startsWith("<svg");
        assertThat(get(chart).statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void aHandoutThatCannotBePrintedAnswersWithAPageAndTheRightStatus() throws Exception {
        var browser = signedInBrowser();
        var missing = browser.send(HttpRequest.newBuilder(URI.create(url("/handouts/plans/987654321.pdf"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("This plan could not be found").doesNotContain("Exception");
        var notANumber = browser.send(HttpRequest.newBuilder(URI.create(url("/handouts/plans/abc.pdf"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notANumber.statusCode()).isEqualTo(404);
        assertThat(notANumber.body()).contains("There is nothing at this address");
        long plan = jdbc.queryForObject("select min(p.id) from plan p join clinician d on d.clinic_id = p.clinic_id "
                + "where d.email = ? and p.status = 'ACTIVE'", Long.class, DEMO_EMAIL);
        var wrongVersion = browser.send(HttpRequest.newBuilder(URI.create(url("/handouts/plans/" + plan
                + ".pdf?version=99"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongVersion.statusCode()).isEqualTo(404);
        assertThat(wrongVersion.body()).contains("Version 99 of this plan").doesNotContain("Exception");
        var printed = browser.send(HttpRequest.newBuilder(URI.create(url("/handouts/plans/" + plan
                + ".pdf?large=true"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("large"));
    }

    /** A body of the given size, counting how much of it the server actually took. */
    private static final class CountedBody extends java.io.InputStream {
        private final long size;
        long sent;

        CountedBody(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return sent < size ? (int) (sent++ & 0x7f) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (sent >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - sent);
            sent += n;
            return n;
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        long huge = 300L * 1024 * 1024;
        var declared = new CountedBody(huge);
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> declared),
                        huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(declared.sent).as("bytes the server took of 300 MB").isLessThan(32L * 1024 * 1024);

        var undeclared = new CountedBody(huge);
        try {
            var chunked = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> undeclared)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).as("refused").isGreaterThanOrEqualTo(400);
        } catch (java.io.IOException closed) {
            // The server may simply stop reading and close: refused all the same.
        }
        assertThat(undeclared.sent).as("bytes taken of an undeclared 300 MB").isLessThan(32L * 1024 * 1024);
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        var form = "username=" + java.net.URLEncoder.encode(DEMO_EMAIL, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(DEMO_PASSWORD, java.nio.charset.StandardCharsets.UTF_8);
        var foreign = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().allValues("Set-Cookie")).as("no session was started").isEmpty();
        var own = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", url(""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void stylesAndPagesTravelCompressed() throws Exception {
        var compressed = http.send(HttpRequest.newBuilder(URI.create(url("/styles.css")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        var plain = get("/styles.css");
        assertThat(compressed.body().length).as("gzip against " + plain.body().length() + " characters")
                .isLessThan(plain.body().length() / 2);
    }

    @Test
    void aRedirectNeverPutsTheSessionIdIntoTheAddress() throws Exception {
        var redirect = get("/clients");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContainIgnoringCase("jsessionid"));
        assertThat(get("/login").body()).doesNotContainIgnoringCase("jsessionid=");
    }
}
