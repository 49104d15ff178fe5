package com.stepwise.clientlink;

import com.stepwise.base.UploadedImage;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.client.ClientService;
import com.stepwise.client.ClientStatus;
import com.stepwise.clinic.ClinicService;
import com.stepwise.handout.ClientWording;
import com.stepwise.handout.HandoutData;
import com.stepwise.handout.HandoutService;
import com.stepwise.handout.QrCode;
import com.stepwise.handout.ReportLinks;
import com.stepwise.plan.PlanChanged;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.progress.CellChange;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.LogSource;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SheetCell;
import com.stepwise.progress.SheetConflictException;
import com.stepwise.progress.SheetState;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client's own link: issued for the plan they follow, printed on its handout, revoked or reissued from the client
 * page, ended with the plan. Through it the client reads the plan's current stage and reports sessions and warning
 * signs, stored by {@link ProgressService} like the paper sheet's, marked as reported by the client.
 * <p>
 * A link request carries no sign-in. Once its token is found live, the few calls it makes run as the client of that
 * link ({@link StepwiseUser#clientLink}) for that request only, so they are scoped to the client's clinic like a
 * clinician's, and the audit history records the client as the one who wrote. The link reads only its plan's current
 * stage and writes only its client's logs: the calls below are all it can make.
 */
@Service
public class ClientLinkService implements ReportLinks {

    private final ClientLinkRepository links;
    private final LinkTokens tokens;
    private final PlanService plans;
    private final ClientService clients;
    private final ClinicService clinics;
    private final HandoutService handouts;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final String publicUrl;

    ClientLinkService(ClientLinkRepository links, LinkTokens tokens, PlanService plans, ClientService clients,
                      ClinicService clinics, HandoutService handouts, ProgressService progress,
                      CurrentUser currentUser, SecurityContextHolderStrategy securityContext, Clock clock,
                      PlatformTransactionManager transactions, @Value("${stepwise.public-url:}") String publicUrl) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.links = links;
        this.tokens = tokens;
        this.plans = plans;
        this.clients = clients;
        this.clinics = clinics;
        this.handouts = handouts;
        this.progress = progress;
        this.currentUser = currentUser;
        this.securityContext = securityContext;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    // --- for clinicians -------------------------------------------------------------------------------------------

    /** False when Stepwise has no public address ({@code stepwise.public-url}): no link can be given out then. */
    public boolean enabled() {
        return !publicUrl.isBlank();
    }

    /** The client's links, newest first; only a live one has its address. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional(readOnly = true)
    public List<ClientLinkStatus> linksOf(long clientId) {
        clients.requireInClinic(clientId);
        return links.findForClient(currentUser.clinicId(), clientId).stream()
                .map(link -> link.status(link.live() ? address(link) : null)).toList();
    }

    /** The plan's live link, issued now if it has none. Only the plan the client follows has one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional
    public ClientLinkStatus issue(long planId) {
        var link = liveOrNew(planId);
        return link.status(address(link));
    }

    /** Ends the plan's live link (a lost handout, a phone that changed hands) and issues a new one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional
    public ClientLinkStatus reissue(long planId) {
        revoke(planId);
        links.flush();
        return issue(planId);
    }

    /** Ends the plan's live link: from now on it opens the same page as a link that never existed. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional
    public void revoke(long planId) {
        var plan = plans.get(planId);
        links.findLive(currentUser.clinicId(), plan.id())
                .forEach(link -> link.end(clock.instant(), currentUser.require().displayName()));
    }

    /** Printed on the handout of the version the client follows: the plan's live link, issued at its first print. */
    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    @Transactional
    public Optional<String> forHandout(long planId, Integer version) {
        var plan = plans.get(planId);
        if (!enabled() || plan.status() != PlanStatus.ACTIVE
                || version != null && plan.active() != null && plan.active().number() != version) {
            return Optional.empty();
        }
        return Optional.of(address(liveOrNew(planId)));
    }

    /** A completed or archived plan's link ends with it. */
    @EventListener
    void endWithThePlan(PlanChanged changed) {
        var plan = plans.get(changed.planId());
        if (plan.status() == PlanStatus.COMPLETED || plan.status() == PlanStatus.ARCHIVED) {
            links.findLive(currentUser.clinicId(), plan.id()).forEach(link -> link.end(clock.instant(),
                    "Plan " + plan.status().label().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private ClientLink liveOrNew(long planId) {
        var plan = plans.get(planId);
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new UserFacingException("Only the plan the client follows now has a link: activate it first.");
        }
        if (!enabled()) {
            throw new UserFacingException("Client links need Stepwise's public address (stepwise.public-url); ask "
                    + "whoever runs Stepwise for the clinic to set it.");
        }
        long clinicId = currentUser.clinicId();
        return links.findLive(clinicId, plan.id()).stream().findFirst().orElseGet(() -> {
            // A new random token until its printed QR code is one a common decoder reads (a few in a hundred are not).
            String salt;
            do {
                salt = LinkTokens.newSalt();
            } while (!QrCode.readable(address(salt)));
            return links.save(new ClientLink(clinicId, plan.clientId(), plan.id(), salt,
                    LinkTokens.hash(tokens.token(salt)), clock.instant(), currentUser.require().displayName()));
        });
    }

    private String address(ClientLink link) {
        return address(link.salt());
    }

    private String address(String salt) {
        return publicUrl + "/c/" + LinkTokens.grouped(tokens.token(salt));
    }

    // --- for the client, through the link -------------------------------------------------------------------------

    /** The page for the link, for today or yesterday; empty for a link that is unknown, revoked or ended. */
    @Transactional(readOnly = true)
    public Optional<ClientPage> page(String token, boolean yesterday, boolean saved) {
        return live(token).map(link -> asClient(link, () -> page(link, yesterday,
                saved ? "page.saved" : null)));
    }

    /** The clinic's logo for the link's page, small enough for a phone. */
    @Transactional(readOnly = true)
    public Optional<UploadedImage> logo(String token) {
        return live(token).flatMap(link -> asClient(link, () -> clinics.logo().map(logo -> logo.fitWithin(480, 160))));
    }

    /** What a report came to: saved, refused with the page to show again, or a link that does not work. */
    public sealed interface Outcome {
        record Saved(boolean yesterday) implements Outcome {
        }

        record Refused(ClientPage page) implements Outcome {
        }

        record Unavailable() implements Outcome {
        }
    }

    /**
     * Saves what the client reported for today (or yesterday) through the same service as the paper sheet, marked as
     * reported by the client. Only the current stage's sessions are read from the report; a box the clinic changed
     * since the page was opened refuses the save with the page as it now stands.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Outcome report(String token, ClientReport report) {
        LocalDate day = day(report.yesterday());
        // What the link may write and what the page showed, read in one read-only transaction, so each row once.
        var read = readOnly.execute(status -> live(token).map(link -> asClient(link, () ->
                new Reading(link, rows(link.planId(), day), progress.sheet(link.clientId(), day, day)))));
        if (read == null || read.isEmpty()) {
            return new Outcome.Unavailable();
        }
        var link = read.get().link();
        var shown = read.get().shown();
        return asClient(link, () -> {
            var changes = new ArrayList<CellChange>();
            var signs = EnumSet.noneOf(Symptom.class);
            try {
                for (var row : read.get().rows()) {
                    var cell = new SheetCell(row.exerciseId(), day, row.session());
                    var after = value(report, field(row), row.prescribedSets());
                    var saved = shown.cell(cell);
                    String before = report.before().getOrDefault(field(row), "");
                    if (!before.equals(saved.boxText())) {
                        return refused(link, report.yesterday(), "page.conflict");
                    }
                    if (after.equals(saved) || after.isEmpty() && report.yesterday()) {
                        continue;
                    }
                    if (report.yesterday() && !saved.isEmpty()) {
                        return refused(link, true, "page.yesterdayKept");
                    }
                    changes.add(new CellChange(cell, saved, after, null));
                }
                report.signs().forEach(sign -> signs.add(Symptom.valueOf(sign)));
            } catch (IllegalArgumentException unreadable) {
                return refused(link, report.yesterday(), "page.invalid");
            }
            if (changes.isEmpty() && signs.isEmpty()) {
                return refused(link, report.yesterday(), "page.empty");
            }
            try {
                progress.record(link.clientId(), LogSource.CLIENT, changes,
                        signs.isEmpty() ? Map.of() : Map.of(day, signs), null);
            } catch (SheetConflictException changed) {
                return refused(link, report.yesterday(), "page.conflict");
            } catch (UserFacingException refused) {
                return refused(link, report.yesterday(), "page.invalid");
            }
            // The link's use is kept once a day (each report itself is in the logs' audit history).
            var today = LocalDate.now(clock);
            if (!link.usedOn(today, clock.getZone())) {
                links.findById(link.getId()).ifPresent(used -> {
                    used.reported(clock.instant(), today, clock.getZone());
                    links.save(used);
                });
            }
            return new Outcome.Saved(report.yesterday());
        });
    }

    /** A live link, the sessions its client may report, and what is saved for the day reported. */
    private record Reading(ClientLink link, List<TrackingSheet.Row> rows, SheetState shown) {
    }

    private Outcome refused(ClientLink link, boolean yesterday, String message) {
        return new Outcome.Refused(page(link, yesterday, message));
    }

    private Optional<ClientLink> live(String typed) {
        return LinkTokens.canonical(typed)
                .flatMap(token -> links.findByTokenHash(LinkTokens.hash(token)))
                .filter(ClientLink::live)
                .filter(link -> asClient(link, () -> plans.activePlanOf(link.clientId())
                        .filter(active -> active.planId() == link.planId()).isPresent()
                        && clients.get(link.clientId()).status() != ClientStatus.ARCHIVED));
    }

    /** Runs work as the link's client, for this request only (see the class comment). */
    private <T> T asClient(ClientLink link, Supplier<T> work) {
        var previous = securityContext.getContext();
        var context = securityContext.createEmptyContext();
        var client = StepwiseUser.clientLink(link.clinicId(), "", "Client");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                client.getAuthorities()));
        securityContext.setContext(context);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    private LocalDate day(boolean yesterday) {
        var today = LocalDate.now(clock);
        return yesterday ? today.minusDays(1) : today;
    }

    /** The sessions of the stage the client is on, a row each, as on the paper sheet. */
    private List<TrackingSheet.Row> rows(long planId, LocalDate day) {
        var content = plans.get(planId).active().content();
        int stage = Math.min(progress.currentStage(planId), content.stages().size() - 1);
        return TrackingSheet.of(List.of(content.stages().get(stage)), Map.of(), day).rows();
    }

    private static String field(TrackingSheet.Row row) {
        return row.exerciseId() + "-" + row.session();
    }

    /** A session as the page sent it: how it went and the pain, read like a box of the paper sheet. */
    private static CellValue value(ClientReport report, String field, Integer prescribedSets) {
        String how = report.how().getOrDefault(field, "");
        String pain = report.pain().getOrDefault(field, "");
        if (!how.matches("[CDPN]?") || !pain.matches("(10|[0-9])?")) {
            throw new IllegalArgumentException("Not a choice of the page");
        }
        return CellValue.parse(("N".equals(how) ? "" : how) + pain, prescribedSets);
    }

    private ClientPage page(ClientLink link, boolean yesterday, String message) {
        var data = handouts.current(link.planId());
        var t = data.texts();
        var client = clients.get(link.clientId());
        var clinic = data.clinic();
        LocalDate day = day(yesterday);
        var shown = progress.sheet(link.clientId(), day, day);
        UnaryOperator<String> typed = text -> isolated(text, t.language().rightToLeft());

        var exercises = data.exercises().stream().map(item -> new ClientPage.Exercise(item.wording().name(),
                item.wording().purpose(), ClientWording.dose(t, item), item.wording().steps(),
                item.notes().isBlank() ? null : t.text("exercise.justForYou", "notes", typed.apply(item.notes())),
                item.wording().cautions().stream().map(c -> t.text("exercise.takeCare", "caution", typed.apply(c)))
                        .toList(),
                item.illustration(), t.text("exercise.drawing", "exercise", item.wording().name(), "label",
                        item.illustrationLabel()),
                item.untranslatedFrom() == null ? null : t.text("exercise.notTranslated", "clinicLanguage",
                        t.text("language." + item.untranslatedFrom())))).toList();
        var next = new ArrayList<String>();
        for (var upcoming : data.comesNext()) {
            if (upcoming.unlocks().isEmpty()) {
                next.add(t.text("next.atVisit", "exercise", typed.apply(upcoming.exerciseName())));
            }
            upcoming.unlocks().forEach(unlock -> next.add(ClientWording.unlock(t, unlock, upcoming.exerciseName(),
                    typed)));
        }
        var safety = new ClientPage.Safety(t.text("safety.emergency"), signs(t, Symptom.Urgency.URGENT),
                t.text("safety.call", "phone", typed.apply(clinic.phone())), signs(t, Symptom.Urgency.CONTACT),
                t.text("safety.also"));

        var reported = shown.symptoms().getOrDefault(day, Set.of());
        var sessions = data.sheet().rows().stream().map(row -> session(t, row, shown.cell(
                new SheetCell(row.exerciseId(), day, row.session())), yesterday)).toList();
        var signs = java.util.Arrays.stream(Symptom.values()).map(symptom -> new ClientPage.Sign(symptom.name(),
                String.valueOf(symptom.letter()), t.text("symptom." + symptom.name()), reported.contains(symptom)))
                .toList();
        ClientPage.Advice advice = null;
        if (!reported.isEmpty()) {
            boolean urgent = reported.stream().anyMatch(s -> s.urgency() == Symptom.Urgency.URGENT);
            advice = new ClientPage.Advice(t.text("page.advice.heading"), urgent ? t.text("page.advice.urgent") : null,
                    t.text("page.advice.contact", "phone", typed.apply(clinic.phone())), clinic.phone());
        }
        var report = new ClientPage.Report(t.text(yesterday ? "page.report.yesterday" : "page.report.today", "date",
                t.date(day)), yesterday, yesterday ? "?" : "?day=yesterday",
                t.text(yesterday ? "page.report.switchToToday" : "page.report.switchToYesterday"), sessions,
                t.text("page.report.signs"), t.text("page.report.signsHint"), signs, t.text("page.report.send"),
                message == null ? null : t.text(message), advice);
        return new ClientPage(t.language().code(), t.language().rightToLeft(),
                t.text("page.title", "clinic", typed.apply(clinic.name())), clinic.name(),
                t.text("page.logo", "clinic", typed.apply(clinic.name())), clinic.hasLogo(),
                t.text("page.hello", "name", typed.apply(client.firstName())), t.text("page.intro"),
                t.text("handout.now", "stage", typed.apply(data.stageName())),
                data.stageNotes().isBlank() ? null : t.text("page.notes", "notes", typed.apply(data.stageNotes())),
                exercises, data.nextStageName() == null ? null : t.text("next.heading", "stage",
                        typed.apply(data.nextStageName())), next, safety, report);
    }

    /**
     * What a clinician typed (a name, a note, a phone number), kept whole in a sentence of the page's direction: text
     * with letters of the other direction, or none at all, is isolated (FSI ... PDI), as a browser does for
     * {@code <bdi>}; text of the page's own direction is left as it is.
     */
    static String isolated(String text, boolean rightToLeftPage) {
        boolean same = text.codePoints().map(Character::getDirectionality).anyMatch(d -> rightToLeftPage
                ? d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                : d == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
        boolean other = text.codePoints().map(Character::getDirectionality).anyMatch(d -> rightToLeftPage
                ? d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                : d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
        return same && !other ? text : "\u2068" + text + "\u2069";
    }

    private static List<String> signs(ClientTexts t, Symptom.Urgency urgency) {
        return java.util.Arrays.stream(Symptom.values()).filter(s -> s.urgency() == urgency)
                .map(s -> t.text("symptom." + s.name())).toList();
    }

    private static ClientPage.Session session(ClientTexts t, TrackingSheet.Row row, CellValue saved,
                                              boolean yesterday) {
        String how = !saved.done() ? (saved.isEmpty() ? "" : "N") : saved.feeling() == null ? "C"
                : String.valueOf(saved.feeling().letter());
        var choices = new ArrayList<ClientPage.Choice>();
        choices.add(new ClientPage.Choice("N", t.text("page.report.choice.none"), "N".equals(how)));
        for (var feeling : Feeling.values()) {
            String letter = String.valueOf(feeling.letter());
            choices.add(new ClientPage.Choice(letter, t.text("page.report.choice." + feeling.name()),
                    letter.equals(how)));
        }
        var pains = new ArrayList<ClientPage.Choice>();
        pains.add(new ClientPage.Choice("", t.text("page.report.painUnsaid"), saved.pain() == null));
        IntStream.rangeClosed(0, 10).forEach(n -> pains.add(new ClientPage.Choice(String.valueOf(n), t.number(n),
                saved.pain() != null && saved.pain() == n)));
        String locked = null;
        if (yesterday && !saved.isEmpty()) {
            String value = choices.stream().filter(ClientPage.Choice::selected).map(ClientPage.Choice::label)
                    .findFirst().orElse("") + (saved.pain() == null ? "" : ", " + t.text("page.report.pain")
                    + " " + t.number(saved.pain()));
            locked = t.text("page.report.already", "value", value);
        }
        String label = ClientWording.session(t, row, text -> isolated(text, t.language().rightToLeft()));
        return new ClientPage.Session(field(row), label, choices, t.text("page.report.pain"),
                t.text("page.report.painHint"), pains, saved.boxText(), locked);
    }
}
