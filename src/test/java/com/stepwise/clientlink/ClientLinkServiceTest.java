package com.stepwise.clientlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.MutableClock;
import com.stepwise.TestClinics;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.handout.HandoutFixture;
import com.stepwise.handout.HandoutService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.Attention;
import com.stepwise.progress.CellChange;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.LogSource;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SheetCell;
import com.stepwise.progress.Symptom;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client's own link through its service, as the page's controller calls it (no one signed in): reports stored
 * like the sheet's and marked as the client's, red flags on Today at once, readiness counting them, what the client may
 * correct, what the link can reach, and the audit history of the link and of what it wrote.
 */
@IntegrationTest
class ClientLinkServiceTest {

    @Autowired
    ClientLinkService links;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    TestClinics signIn;
    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    HandoutService handouts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;

    StepwiseUser physio;
    long client;
    long plan;
    long tilt;
    String token;
    LocalDate today = LocalDate.of(2026, 11, 16);

    @BeforeEach
    void aClientWithAPrintedLink() {
        clock.setDay(today);
        physio = signIn.atNewClinic();
        fixture.brand("Harbour Physio", null);
        client = fixture.client("Mele", "Tupou", Language.ENGLISH, false);
        plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt"), List.of("gluteal-stretch-part-1")));
        token = tokenOf(links.issue(plan).address());
        tilt = fixture.builtIn("somatic-pelvic-tilt");
        signIn.signOut();
    }

    @AfterEach
    void reset() {
        signIn.signOut();
        clock.reset();
    }

    @Test
    void aReportIsStoredAsTheClientsAndAnUrgentSignLeadsTodayAtOnce() {
        // Another client of the clinic with a sign that is not urgent, typed in from paper first.
        signIn.signInAs(physio);
        long other = fixture.client("Aroha", "Ngata", Language.ENGLISH, false);
        progress.record(other, LogSource.SHEET, List.of(), Map.of(today, Set.of(Symptom.NIGHT_OR_REST_PAIN)), null);
        signIn.signOut();

        var sessions = links.page(token, false, false).orElseThrow().report().sessions();
        assertThat(sessions).extracting(ClientPage.Session::label)
                .containsExactly("Somatic pelvic tilt (3 parts), morning", "Somatic pelvic tilt (3 parts), evening");
        var outcome = links.report(token, report(false, Map.of(sessions.get(0).field(), "D", sessions.get(1).field(),
                "P"), Map.of(sessions.get(0).field(), "3", sessions.get(1).field(), "7"),
                Set.of("SADDLE_NUMBNESS")));
        assertThat(outcome).isEqualTo(new ClientLinkService.Outcome.Saved(false));

        // The page says what to do at once, emergency care first.
        var advice = links.page(token, false, true).orElseThrow().report().advice();
        assertThat(advice.urgent()).contains("emergency department");
        assertThat(advice.contact()).contains("+44 20 7946 0000");

        signIn.signInAs(physio);
        var today = progress.needingAttention(PageRequest.of(0, 10));
        assertThat(today).extracting(Attention::clientName).startsWith("Mele Tupou", "Aroha Ngata");
        assertThat(today.getFirst().reasons()).first().isEqualTo(Attention.Reason.URGENT_RED_FLAG);
        assertThat(progress.openRedFlags(client)).singleElement().satisfies(flag -> {
            assertThat(flag.symptom()).isEqualTo(Symptom.SADDLE_NUMBNESS);
            assertThat(flag.source()).isEqualTo(LogSource.CLIENT);
        });
        var sheet = progress.sheet(client, this.today, this.today);
        var morning = new SheetCell(tilt, this.today, 1);
        var evening = new SheetCell(tilt, this.today, 2);
        assertThat(sheet.cell(morning)).isEqualTo(CellValue.done(fixture.dose("somatic-pelvic-tilt").sets(),
                Feeling.SOME_DISCOMFORT, 3));
        assertThat(sheet.cell(evening).boxText()).isEqualTo("P7");
        assertThat(sheet.fromClient()).containsExactlyInAnyOrder(morning, evening);
    }

    @Test
    void readinessCountsTheClientsReportsLikeTheSheets() {
        for (int day = 0; day < 3; day++) {
            clock.setDay(today.plusDays(day));
            var sessions = links.page(token, false, false).orElseThrow().report().sessions();
            var how = new HashMap<String, String>();
            var pain = new HashMap<String, String>();
            sessions.forEach(s -> {
                how.put(s.field(), "C");
                pain.put(s.field(), "1");
            });
            assertThat(links.report(token, report(false, how, pain, Set.of())))
                    .isInstanceOf(ClientLinkService.Outcome.Saved.class);
        }
        signIn.signInAs(physio);
        var readiness = progress.readiness(plan);
        assertThat(readiness.ready()).as("three comfortable days reported from the phone").isTrue();
        assertThat(progress.needingAttention(PageRequest.of(0, 10))).filteredOn(a -> a.clientId() == client)
                .singleElement().satisfies(a -> assertThat(a.reasons()).contains(Attention.Reason.READY_TO_PROGRESS));
    }

    @Test
    void theClientCorrectsTodayAndFillsInYesterdayButNeverRewritesYesterday() {
        var field = links.page(token, false, false).orElseThrow().report().sessions().getFirst().field();
        assertThat(links.report(token, report(false, Map.of(field, "C"), Map.of(field, "2"), Set.of())))
                .isInstanceOf(ClientLinkService.Outcome.Saved.class);
        assertThat(links.report(token, report(false, Map.of(field, "P"), Map.of(field, "6"), Set.of())))
                .as("today's entry corrected").isInstanceOf(ClientLinkService.Outcome.Saved.class);
        assertThat(sheetBox(new SheetCell(tilt, today, 1))).isEqualTo("P6");

        clock.setDay(today.plusDays(1));
        var yesterday = links.page(token, true, false).orElseThrow().report();
        assertThat(yesterday.sessions().getFirst().locked()).contains("Already recorded: Done: it was painful, "
                + "Pain during it 6");
        assertThat(yesterday.sessions().get(1).locked()).as("an empty box of yesterday can be filled late").isNull();
        var refused = links.report(token, report(true, Map.of(field, "C"), Map.of(field, "0"), Set.of()));
        assertThat(refused).isInstanceOfSatisfying(ClientLinkService.Outcome.Refused.class, r ->
                assertThat(r.page().report().message()).startsWith("Yesterday's record was already saved"));
        assertThat(sheetBox(new SheetCell(tilt, today, 1))).isEqualTo("P6");

        String evening = yesterday.sessions().get(1).field();
        assertThat(links.report(token, report(true, Map.of(evening, "C"), Map.of(evening, "1"), Set.of())))
                .isInstanceOf(ClientLinkService.Outcome.Saved.class);
        assertThat(sheetBox(new SheetCell(tilt, today, 2))).isEqualTo("C1");

        // The same rules hold for any caller of the log service with the client as the source.
        signIn.signInAs(physio);
        var older = new SheetCell(tilt, today.minusDays(1), 1);
        assertThatThrownBy(() -> progress.record(client, LogSource.CLIENT, List.of(new CellChange(older,
                CellValue.EMPTY, CellValue.parse("C1", null), null)), Map.of(), null))
                .isInstanceOf(UserFacingException.class);
        var kept = new SheetCell(tilt, today, 1);
        var saved = progress.sheet(client, today, today).cell(kept);
        assertThatThrownBy(() -> progress.record(client, LogSource.CLIENT, List.of(new CellChange(kept,
                saved, CellValue.parse("C1", saved.setsDone()), null)), Map.of(), null))
                .hasMessageStartingWith("Yesterday's entry is already recorded");
    }

    @Test
    void theClinicianCorrectsAClientEntryAndTheHistoryKeepsBoth() {
        var field = links.page(token, false, false).orElseThrow().report().sessions().getFirst().field();
        links.report(token, report(false, Map.of(field, "P"), Map.of(field, "8"), Set.of()));
        var cell = new SheetCell(tilt, today, 1);

        signIn.signInAs(physio);
        var saved = progress.sheet(client, today, today).cell(cell);
        progress.record(client, LogSource.SESSION, List.of(new CellChange(cell, saved, CellValue.parse("P4",
                saved.setsDone()), "Told me on the phone: 4, not 8")), Map.of(), null);
        var after = progress.sheet(client, today, today);
        assertThat(after.cell(cell).boxText()).isEqualTo("P4");
        assertThat(after.fromClient()).doesNotContain(cell);

        var history = jdbc.queryForList("select a.pain, a.source, r.clinician_id, r.clinician_name from "
                + "session_log_aud a join audit_revision r on r.id = a.rev join session_log s on s.id = a.id "
                + "where s.client_id = ? and s.session_no = 1 order by a.rev", client);
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("PAIN", 8).containsEntry("SOURCE", "CLIENT")
                .containsEntry("CLINICIAN_ID", null).containsEntry("CLINICIAN_NAME", "Client (own link)");
        assertThat(history.get(1)).containsEntry("PAIN", 4).containsEntry("SOURCE", "SESSION")
                .containsEntry("CLINICIAN_NAME", physio.displayName());
    }

    @Test
    void theLinksIssueUseAndRevocationAreInTheAuditHistory() {
        var field = links.page(token, false, false).orElseThrow().report().sessions().getFirst().field();
        links.report(token, report(false, Map.of(field, "C"), Map.of(), Set.of()));
        signIn.signInAs(physio);
        links.revoke(plan);

        var events = jdbc.queryForList("select a.revtype, a.report_days, a.ended_by_name, r.clinician_name from "
                + "client_link_aud a join audit_revision r on r.id = a.rev join client_link l on l.id = a.id "
                + "where l.plan_id = ? order by a.rev", plan);
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).as("issued").containsEntry("REVTYPE", 0)
                .containsEntry("CLINICIAN_NAME", physio.displayName());
        assertThat(events.get(1)).as("used").containsEntry("REPORT_DAYS", 1)
                .containsEntry("CLINICIAN_NAME", "Client (own link)");
        assertThat(events.get(2)).as("revoked").containsEntry("ENDED_BY_NAME", physio.displayName());
    }

    @Test
    void aRevokedOrEndedLinkReadsAndWritesNothingAndANewOneWorks() {
        signIn.signInAs(physio);
        String renewed = tokenOf(links.reissue(plan).address());
        signIn.signOut();
        assertThat(renewed).isNotEqualTo(token);
        assertThat(links.page(token, false, false)).as("the revoked link").isEmpty();
        var field = links.page(renewed, false, false).orElseThrow().report().sessions().getFirst().field();
        assertThat(links.report(token, report(false, Map.of(field, "C"), Map.of(), Set.of("SADDLE_NUMBNESS"))))
                .isInstanceOf(ClientLinkService.Outcome.Unavailable.class);

        signIn.signInAs(physio);
        assertThat(progress.sheet(client, today, today).cells()).isEmpty();
        assertThat(progress.openRedFlags(client)).isEmpty();
        plans.complete(plan, plans.get(plan).version());
        assertThat(links.linksOf(client)).extracting(ClientLinkStatus::endedBy)
                .containsExactly("Plan completed", physio.displayName());
        signIn.signOut();
        assertThat(links.page(renewed, false, false)).as("the link of a completed plan").isEmpty();
        assertThat(links.report(renewed, report(false, Map.of(field, "C"), Map.of(), Set.of())))
                .isInstanceOf(ClientLinkService.Outcome.Unavailable.class);
    }

    @Test
    void anotherClientsLinkWritesOnlyThatClientsRecord() {
        signIn.signInAs(physio);
        long other = fixture.client("Aroha", "Ngata", Language.ENGLISH, false);
        long otherPlan = fixture.activePlan(other, List.of(List.of("somatic-pelvic-tilt")));
        String theirs = tokenOf(links.issue(otherPlan).address());
        signIn.signOut();

        // Same exercise, so the same field names: the link decides whose record they go to, never the form.
        var field = links.page(token, false, false).orElseThrow().report().sessions().getFirst().field();
        links.report(theirs, report(false, Map.of(field, "P"), Map.of(field, "9"), Set.of("SADDLE_NUMBNESS")));

        signIn.signInAs(physio);
        assertThat(progress.sheet(client, today, today).cells()).isEmpty();
        assertThat(progress.openRedFlags(client)).isEmpty();
        assertThat(progress.openRedFlags(other)).hasSize(1);
    }

    @Test
    void theTokenIsStoredOnlyAsItsHashAndIsReadAsTyped() throws Exception {
        var row = jdbc.queryForMap("select * from client_link where plan_id = ?", plan);
        String canonical = token.replace("-", "");
        assertThat(canonical).hasSize(28).matches("[0-9a-hjkmnp-tv-z]+");
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(canonical));
        assertThat(row.get("TOKEN_HASH")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.US_ASCII))));

        String typed = canonical.toUpperCase().replace('1', 'l').replace('0', 'O');
        assertThat(links.page(typed, false, false)).as("typed in capitals, without dashes, l for 1").isPresent();
        assertThat(links.page(canonical.substring(1) + "x", false, false)).isEmpty();
        assertThat(links.page("../../etc/passwd", false, false)).isEmpty();
    }

    @Test
    void thePageShowsTheStageAndNothingElseOfTheRecord() {
        var page = links.page(token, false, false).orElseThrow();
        assertThat(page.hello()).isEqualTo("Hello, Mele");
        assertThat(page.exercises()).extracting(ClientPage.Exercise::name)
                .containsExactly("Somatic pelvic tilt (3 parts)");
        assertThat(page.next()).singleElement().asString().startsWith("When you can do Somatic pelvic tilt");
        assertThat(page.safety().call()).contains("+44 20 7946 0000");
        assertThat(page.toString()).doesNotContain("Tupou", "1961");
    }

    @Test
    void theHandoutCarriesTheLinkAsAnAddressAndAQrCodeAPhoneReads() throws Exception {
        signIn.signInAs(physio);
        String address = links.linksOf(client).getFirst().address();
        assertThat(address).startsWith("https://stepwise.example/c/").hasSize("https://stepwise.example/c/".length()
                + 34);
        for (boolean large : new boolean[] {false, true}) {
            var pdf = handouts.print(plan, new HandoutService.Request(null, large, false)).pdf();
            assertThat(PrintedQrCodes.read(pdf)).as(large ? "large print" : "normal print").contains(address);
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(address);
            }
        }
        assertThat(links.linksOf(client)).as("printing again keeps the same link").hasSize(1);

        String renewed = links.reissue(plan).address();
        assertThat(PrintedQrCodes.read(handouts.handout(plan, null).pdf())).as("a reprint after a new link")
                .contains(renewed).isNotEqualTo(java.util.Optional.of(address));

        plans.complete(plan, plans.get(plan).version());
        var forTheRecord = handouts.print(plan, new HandoutService.Request(null, null, true)).pdf();
        assertThat(PrintedQrCodes.read(forTheRecord)).as("an ended plan's handout has no link").isEmpty();
    }

    /**
     * A print that issues the client's link asks the pool for one connection at a time: with every connection but one
     * taken, as by other prints at a busy moment, the first print of a plan still completes with its link. A print
     * that held a connection while asking for a second would wait here until the pool gave up (30 s) and fail.
     */
    @Test
    void aFirstPrintTakesOneDatabaseConnectionAtATime() throws Exception {
        signIn.signInAs(physio);
        long other = fixture.client("Aroha", "Ngata", Language.ENGLISH, false);
        long unprinted = fixture.activePlan(other, List.of(List.of("somatic-pelvic-tilt")));
        assertThat(links.linksOf(other)).as("no link before the first print").isEmpty();
        var pool = dataSource.unwrap(HikariDataSource.class);
        var taken = new ArrayList<Connection>();
        try {
            while (taken.size() < pool.getMaximumPoolSize() - 1) {
                taken.add(pool.getConnection());
            }
            var pdf = handouts.handout(unprinted, null).pdf();
            assertThat(PrintedQrCodes.read(pdf)).contains(links.linksOf(other).getFirst().address());
        } finally {
            for (var connection : taken) {
                connection.close();
            }
        }
    }

    @Test
    void whatTheClinicTypedStaysWholeInASentenceOfTheOtherDirection() {
        assertThat(ClientLinkService.isolated("Do these on a firm bed.", true))
                .isEqualTo("\u2068Do these on a firm bed.\u2069");
        assertThat(ClientLinkService.isolated("أحمد", false)).isEqualTo("\u2068أحمد\u2069");
        assertThat(ClientLinkService.isolated("+44 20 7946 0000", true)).startsWith("\u2068");
        assertThat(ClientLinkService.isolated("Mele", false)).isEqualTo("Mele");
        assertThat(ClientLinkService.isolated("أحمد", true)).isEqualTo("أحمد");
    }

    private String sheetBox(SheetCell cell) {
        signIn.signInAs(physio);
        try {
            return progress.sheet(client, cell.date(), cell.date()).cell(cell).boxText();
        } finally {
            signIn.signOut();
        }
    }

    /** What the page would send: the choices made, and what it showed before them. */
    private ClientReport report(boolean yesterday, Map<String, String> how, Map<String, String> pain,
                                Set<String> signs) {
        var before = new HashMap<String, String>();
        links.page(token, yesterday, false).ifPresent(page -> page.report().sessions()
                .forEach(s -> before.put(s.field(), s.before())));
        return new ClientReport(yesterday, how, pain, before, signs);
    }

    static String tokenOf(String address) {
        return address.substring(address.lastIndexOf('/') + 1);
    }
}
