package com.stepwise.progress;

import com.stepwise.base.ReadOnce;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.client.ClientNamed;
import com.stepwise.plan.PlanActivated;
import com.stepwise.plan.PlanChanged;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.StageContent;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.progression.PrerequisitesChanged;
import com.stepwise.progression.ProgressionService;
import com.stepwise.progression.SignOffsChanged;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own record of their exercises, and what it means for their plan: logged sessions make the
 * prerequisite criteria evidence-based, and advancing to the next stage needs them met (or an override with a
 * written reason, recorded like every override).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    /** How far back a stage the client has left may rest on: what they did in the last year. */
    private static final int HISTORY_DAYS = 366;
    /** A client with an active plan and nothing logged for this many days has gone quiet. */
    static final int QUIET_DAYS = 14;
    private static final int REVIEW_WEEKS = 12;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SessionLogRepository logs;
    private final StageProgressRepository stages;
    private final OutcomeMeasureRepository measures;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final PlanService plans;
    private final ProgressionService progression;
    private final ProgressTimeline timeline;
    private final ClientAttentionRepository attention;
    private final RedFlagRepository redFlags;
    private final TransactionTemplate transactions;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(SessionLogRepository logs, StageProgressRepository stages, OutcomeMeasureRepository measures,
                    ClientService clients, ExerciseService exercises, PlanService plans,
                    ProgressionService progression, ProgressTimeline timeline,
                    ClientAttentionRepository attention, RedFlagRepository redFlags,
                    TransactionTemplate transactions, CurrentUser currentUser, Clock clock) {
        this.redFlags = redFlags;
        this.transactions = transactions;
        this.logs = logs;
        this.stages = stages;
        this.measures = measures;
        this.clients = clients;
        this.exercises = exercises;
        this.plans = plans;
        this.progression = progression;
        this.timeline = timeline;
        this.attention = attention;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The client's sheet between two dates as saved now: every box, the note of each session, and the warning symptoms
     * reported for each day. A page keeps this as what it showed, and sends it back as each changed box's "before".
     */
    public SheetState sheet(long clientId, LocalDate from, LocalDate to) {
        clients.requireInClinic(clientId);
        long clinicId = currentUser.clinicId();
        var cells = new HashMap<SheetCell, CellValue>();
        var notes = new HashMap<SheetCell, String>();
        var fromClient = new java.util.HashSet<SheetCell>();
        for (var log : logRows(clinicId, clientId, from, to)) {
            cells.put(log.cell(), log.value());
            if (log.note() != null) {
                notes.put(log.cell(), log.note());
            }
            if (log.source() == LogSource.CLIENT) {
                fromClient.add(log.cell());
            }
        }
        var symptoms = new TreeMap<LocalDate, Set<Symptom>>();
        flagRows(clinicId, clientId, from, to).forEach(flag -> symptoms
                .computeIfAbsent(flag.getReportedOn(), day -> EnumSet.noneOf(Symptom.class)).add(flag.getSymptom()));
        return new SheetState(cells, notes, symptoms, fromClient);
    }

    /**
     * Saves what the clinician changed (boxes of the sheet, or one session) and the warning symptoms reported, in one
     * transaction. Each box is compared with what the page showed when it was opened: if someone else changed it in
     * between to something else, nothing is saved and the conflict, with both values, is reported
     * ({@link SheetConflictException}). Boxes nobody changed here are never written, so a pain score, a note or a
     * session logged another way is kept. A symptom once reported is never cleared: it is a {@link RedFlag} until a
     * clinician acknowledges it. Two saves at the same moment are taken one after the other, the second checked
     * against the first.
     *
     * @param reported warning symptoms by day; a symptom already open for that day is not raised twice
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SaveOutcome record(long clientId, LogSource source, List<CellChange> changes,
                              Map<LocalDate, Set<Symptom>> reported, String symptomNote) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> recordOnce(clientId, source, changes, reported, symptomNote));
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
                if (attempt == 3) {
                    throw new UserFacingException("Someone else is saving this client's sessions right now, so "
                            + "nothing of yours was saved. Your changes are still on the page: save again in a moment.");
                }
            }
        }
    }

    private SaveOutcome recordOnce(long clientId, LogSource source, List<CellChange> changes,
                                   Map<LocalDate, Set<Symptom>> reported, String symptomNote) {
        clients.requireInClinic(clientId);
        LocalDate today = LocalDate.now(clock);
        var dates = new java.util.TreeSet<LocalDate>(reported.keySet());
        changes.forEach(change -> dates.add(change.cell().date()));
        if (dates.isEmpty()) {
            return new SaveOutcome(0, List.of());
        }
        if (dates.last().isAfter(today)) {
            throw new UserFacingException("That date is in the future: record a session once it has happened.");
        }
        if (dates.first().isBefore(today.minusYears(1))) {
            throw new UserFacingException("Sessions more than a year old cannot be recorded.");
        }
        if (source == LogSource.CLIENT && dates.first().isBefore(today.minusDays(1))) {
            throw new UserFacingException("From their own link a client reports today or, late, yesterday.");
        }
        var ids = changes.stream().map(change -> change.cell().exerciseId()).collect(Collectors.toSet());
        if (exercises.refs(ids).size() != ids.size()) {
            throw new UserFacingException("One of those exercises could not be found.");
        }
        if (changes.stream().anyMatch(c -> c.cell().session() < 1 || c.cell().session() > LoggedExercise.MAX_SESSIONS)) {
            throw new UserFacingException("A day has at most " + LoggedExercise.MAX_SESSIONS + " sessions of an "
                    + "exercise.");
        }
        if (symptomNote != null && symptomNote.strip().length() > 500) {
            throw new UserFacingException("Keep the note under 500 characters.");
        }
        var user = currentUser.require();
        long clinicId = user.clinicId();
        Map<SheetCell, SessionLog> existing = logs.findForClient(clinicId, clientId, dates.first(), dates.last())
                .stream().collect(Collectors.toMap(SessionLog::cell, Function.identity()));

        var conflicts = new ArrayList<SheetConflictException.Conflict>();
        var toWrite = new ArrayList<CellChange>();
        for (var change : changes) {
            var log = existing.get(change.cell());
            var saved = log == null ? CellValue.EMPTY : log.value();
            if (saved.equals(change.after())) {
                if (change.note() != null && log != null && !change.note().strip().equals(
                        java.util.Objects.requireNonNullElse(log.note(), ""))) {
                    toWrite.add(change);
                }
            } else if (!saved.equals(change.before())) {
                conflicts.add(new SheetConflictException.Conflict(change.cell(), saved, change.after()));
            } else if (source == LogSource.CLIENT && !saved.isEmpty() && change.cell().date().isBefore(today)) {
                // A client corrects today's entry; an older one is the clinic's to correct, with the client.
                throw new UserFacingException("Yesterday's entry is already recorded, so it stays as it is. Tell "
                        + "your physiotherapist at your next visit if something in it is wrong.");
            } else {
                toWrite.add(change);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new SheetConflictException(conflicts);
        }
        for (var change : toWrite) {
            var log = existing.get(change.cell());
            if (log == null) {
                log = new SessionLog(clinicId, change.cell(), clientId, clock.instant());
            }
            log.record(change.after(), change.note(), source, clock.instant());
            logs.save(log);
        }

        var raised = new ArrayList<RedFlagView>();
        if (reported.values().stream().anyMatch(set -> !set.isEmpty())) {
            var open = redFlags.findOpen(clinicId, clientId).stream()
                    .map(flag -> flag.getReportedOn() + ":" + flag.getSymptom()).collect(Collectors.toSet());
            reported.forEach((day, symptoms) -> symptoms.stream().sorted()
                    .filter(symptom -> !open.contains(day + ":" + symptom))
                    .forEach(symptom -> raised.add(redFlags.save(new RedFlag(clinicId, clientId, day, symptom,
                            source, clock.instant(), user.displayName(), symptomNote)).view())));
        }
        logs.flush();
        keepAttention(clientId, null);
        return new SaveOutcome(toWrite.size(), raised);
    }

    // --- what Today shows, kept per client ---------------------------------------------------------------------

    /**
     * Computes again what Today shows about the client (see {@link ClientAttention}) from their record as it stands
     * in this transaction. Called by every change that can alter it; the row is locked first, so of two changes at
     * once the later computes from both.
     *
     * @param known the readiness of the client's active plan if the caller has just evaluated it, else null
     */
    private void keepAttention(long clientId, StageReadiness known) {
        long clinicId = currentUser.clinicId();
        var row = attention.lock(clientId).orElseGet(() -> attention.saveAndFlush(new ClientAttention(clinicId,
                clientId, clients.names(List.of(clientId)).getFirst().fullName())));
        var last = logs.findLastLogDay(clinicId, clientId);
        row.logged(last, last != null && logs.findPainTrend(clinicId, clientId, last.minusDays(QUIET_DAYS - 1),
                last.minusDays(6)).filter(PainTrend::risen).isPresent());
        var open = redFlags.findOpen(clinicId, clientId);
        int urgent = (int) open.stream().filter(f -> f.getSymptom().urgency() == Symptom.Urgency.URGENT).count();
        row.redFlags(urgent, open.size() - urgent);
        var active = plans.activePlanOf(clientId);
        if (active.isEmpty()) {
            row.following(null, null, false, null, null);
        } else {
            var plan = active.get();
            var readiness = known != null && known.planId() == plan.planId() ? known : readiness(plan.planId(), false);
            var review = java.util.stream.Stream.of(plan.reviewNote(), readiness.review())
                    .filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
            row.following(plan.planId(), LocalDate.ofInstant(plan.activeSince(), clock.getZone()), readiness.ready(),
                    readiness.readyUntil(), review.isEmpty() ? null : review);
        }
        attention.save(row);
    }

    /** A new client gets their row at once; a renamed one keeps Today's order by name right. */
    @EventListener
    void keepName(ClientNamed named) {
        attention.lock(named.clientId()).ifPresentOrElse(row -> row.rename(named.fullName()),
                () -> attention.save(new ClientAttention(named.clinicId(), named.clientId(), named.fullName())));
    }

    /** A plan activated, completed or archived, or its review note changed. */
    @EventListener
    void keepAfterPlanChanged(PlanChanged changed) {
        keepAttention(changed.clientId(), null);
    }

    /** The client's logged sessions between two dates, oldest first. */
    public List<LoggedExercise> sessions(long clientId, LocalDate from, LocalDate to) {
        clients.requireInClinic(clientId);
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("sessions", clinicId, clientId, from, to), () -> ReadOnce.active()
                ? logRows(clinicId, clientId, from, to).stream().map(SessionLog::entry).toList()
                : logs.findEntries(clinicId, clientId, from, to));
    }

    /**
     * The client's red flags that no clinician has acknowledged yet, whatever day they were reported for: the urgent
     * ones first, then the newest. Shown at the top of the client page whatever else is on it.
     */
    public List<RedFlagView> openRedFlags(long clientId) {
        clients.requireInClinic(clientId);
        return openFlags(clientId).stream().map(RedFlag::view)
                .sorted(Comparator.comparing((RedFlagView flag) -> flag.symptom().urgency())
                        .thenComparing(RedFlagView::reportedOn, Comparator.reverseOrder()))
                .toList();
    }

    /** Every red flag reported for a day between the two dates, open or acknowledged, oldest first. */
    public List<RedFlagView> redFlags(long clientId, LocalDate from, LocalDate to) {
        clients.requireInClinic(clientId);
        return flagRows(currentUser.clinicId(), clientId, from, to).stream().map(RedFlag::view).toList();
    }

    /**
     * A clinician has dealt with a red flag: what they did and a note, with who and when (audited). Until then it
     * stays on the client page and on Today, and holds back progressing.
     *
     * @param openedVersion the version the page showed, so two clinicians cannot both close it unknowingly
     */
    @Transactional
    public RedFlagView acknowledge(long redFlagId, long openedVersion, RedFlagAction action, String note) {
        var flag = redFlags.findInClinic(redFlagId, currentUser.clinicId())
                .orElseThrow(() -> new com.stepwise.base.NotFoundException("That red flag"));
        clients.requireInClinic(flag.getClientId());
        if (!flag.isOpen()) {
            var done = flag.view().acknowledged();
            throw new UserFacingException("This red flag was already acknowledged by " + done.by() + ": "
                    + done.action().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (flag.view().version() != openedVersion) {
            throw new com.stepwise.base.ConcurrentEditException("This red flag");
        }
        if (action == null) {
            throw new UserFacingException("Choose what you did about the red flag.");
        }
        var text = note == null ? "" : note.strip();
        if (text.length() < 5) {
            throw new UserFacingException("Write a short note of what was done or agreed, such as \"Spoke to the "
                    + "client; no further tingling since Tuesday\".");
        }
        if (text.length() > 1000) {
            throw new UserFacingException("Keep the note under 1,000 characters.");
        }
        var user = currentUser.require();
        flag.acknowledge(action, text, user.clinicianId(), user.displayName(), clock.instant());
        redFlags.saveAndFlush(flag);
        keepAttention(flag.getClientId(), null);
        return flag.view();
    }

    /**
     * One page of the clinic's clients who need attention today, each with why: an open red flag (urgent ones first,
     * named), a prerequisite to review, pain up by 2 or more in the last week logged against the week before, ready to
     * progress, or an active plan with nothing logged for two weeks. Read from what is kept per client
     * ({@link ClientAttention}), never from the logs: three queries whatever the clinic's size.
     */
    public List<Attention> needingAttention(org.springframework.data.domain.Pageable page) {
        long clinicId = currentUser.clinicId();
        LocalDate today = LocalDate.now(clock);
        var rows = attention.findNeedingAttention(clinicId, today, page);
        var flagged = rows.stream().filter(ClientAttention::hasOpenRedFlags).map(ClientAttention::clientId).toList();
        var openFlags = flagged.isEmpty() ? Map.<Long, List<OpenRedFlag>>of()
                : redFlags.findOpenOf(clinicId, flagged).stream().collect(Collectors.groupingBy(OpenRedFlag::clientId));
        return rows.stream().map(row -> new Attention(row.clientId(), row.clientName(), row.reasonsOn(today),
                redFlagsInWords(openFlags.getOrDefault(row.clientId(), List.of())), row.reviewNote())).toList();
    }

    /** How many clients need attention today, in all and for each reason. One query. */
    public AttentionCounts attentionCounts() {
        return attention.countNeedingAttention(currentUser.clinicId(), LocalDate.now(clock));
    }

    /** "Urgent: new bladder or bowel changes (19 Nov)" for Today's row, the most urgent and newest first. */
    private static String redFlagsInWords(List<OpenRedFlag> open) {
        return open.stream()
                .sorted(Comparator.comparing((OpenRedFlag f) -> f.symptom().urgency())
                        .thenComparing(OpenRedFlag::reportedOn, Comparator.reverseOrder()))
                .map(f -> (f.symptom().urgency() == Symptom.Urgency.URGENT ? "Urgent: " : "")
                        + f.symptom().label() + " (" + com.stepwise.base.ui.Dates.format(f.reportedOn()) + ")")
                .distinct().collect(Collectors.joining("; "));
    }

    /**
     * The last twelve weeks of one client, for the review charts: a bounded read of their own logs (at most one row
     * per exercise and day), the active plan's days per week, and their questionnaires.
     */
    public Review review(long clientId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate firstMonday = reviewStart(today);
        var logs = sessions(clientId, firstMonday, today);
        Map<Long, String> names = exercises.refs(logs.stream().map(LoggedExercise::exerciseId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));

        var weeks = new ArrayList<Review.WeekAdherence>();
        var active = plans.plansOf(clientId).stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .map(p -> plans.get(p.id()));
        if (active.isPresent()) {
            var content = activeContent(active.get());
            int stage = Math.min(stageIndex(active.get().id()), content.stages().size() - 1);
            int daysPerWeek = content.stages().get(stage).prescriptions().stream()
                    .map(rx -> rx.dose().daysPerWeek() == null ? 7 : rx.dose().daysPerWeek())
                    .max(Integer::compare).orElse(0);
            // Weeks before the plan was activated were not prescribed: they would only show as misleading zeros.
            var activated = LocalDate.ofInstant(active.get().active().activatedAt(), clock.getZone());
            var daysDone = logs.stream().filter(LoggedExercise::done).map(LoggedExercise::date)
                    .collect(Collectors.toSet());
            for (var monday = firstMonday; !monday.isAfter(today) && daysPerWeek > 0; monday = monday.plusWeeks(1)) {
                var week = monday;
                if (week.plusWeeks(1).isAfter(activated)) {
                    int done = (int) daysDone.stream()
                            .filter(d -> !d.isBefore(week) && d.isBefore(week.plusWeeks(1))).count();
                    weeks.add(new Review.WeekAdherence(monday, done, daysPerWeek));
                }
            }
        }
        var scored = measures(clientId);
        return new Review(firstMonday, today, logs, names, weeks, scored,
                timeline.of(clientId, firstMonday, logs, redFlags(clientId, firstMonday, today), scored));
    }

    /** The stage (0 is the first) the client is on in this plan. */
    public int currentStage(long planId) {
        plans.get(planId);
        return stageIndex(planId);
    }

    /** {@link #currentStage} of a plan the caller has just read (and so checked): the plan is not read again. */
    private int stageIndex(long planId) {
        return stageProgress(planId).map(StageProgress::stageIndex).orElse(0);
    }

    /**
     * The stages the client stood on at any time from {@code from} until now, in plan order: what a tracking sheet
     * started on that day lists, including a stage the client has since left.
     */
    public List<Integer> stagesSince(long planId, LocalDate from) {
        var content = activeContent(plans.get(planId));
        int current = Math.min(stageIndex(planId), content.stages().size() - 1);
        return timeline.stagesSince(planId, from, current).stream().filter(stage -> stage < content.stages().size())
                .toList();
    }

    /** Whether the client may move on from the current stage of the plan's active version, and why (not). */
    public StageReadiness readiness(long planId) {
        return readiness(planId, true);
    }

    /**
     * @param withNames whether the checks need the exercises' names; what Today keeps needs only whether they are
     *                  met (and names only in a note to review), so a save reads them only for such a note
     */
    private StageReadiness readiness(long planId, boolean withNames) {
        var plan = plans.get(planId);
        var content = activeContent(plan);
        int current = Math.min(stageIndex(planId), content.stages().size() - 1);
        var stage = content.stages().get(current);
        var next = current + 1 < content.stages().size() ? content.stages().get(current + 1) : null;
        var evidence = evidence(plan.clientId(), content);
        Map<Long, String> names = withNames ? names(evidence) : Map.of();

        var toLeave = new ArrayList<StageReadiness.Check>();
        var counted = new ArrayList<ReadinessRule.Readiness>();
        for (var prescription : stage.prescriptions()) {
            long id = prescription.exerciseId();
            var words = new ArrayList<String>();
            boolean met = true;
            for (var criterion : evidence.exitCriteria(id)) {
                var readiness = evidence.evaluate(id, criterion, current);
                counted.add(readiness);
                words.add(readiness.inWords(names.getOrDefault(id, "An exercise")));
                met &= readiness.met();
            }
            toLeave.add(new StageReadiness.Check(names.getOrDefault(id, "An exercise"), words, met));
        }
        var toStart = new ArrayList<StageReadiness.Check>();
        if (next != null) {
            var inPlanSoFar = new HashSet<Long>();
            content.stages().subList(0, current + 1).forEach(s -> s.prescriptions()
                    .forEach(p -> inPlanSoFar.add(p.exerciseId())));
            for (var prescription : next.prescriptions()) {
                var words = new ArrayList<String>();
                boolean met = true;
                for (var edge : evidence.requirementsOf(prescription.exerciseId())) {
                    String required = names.getOrDefault(edge.required(), "an exercise");
                    var override = prescription.overrideOf(edge.required());
                    if (inPlanSoFar.contains(edge.required())) {
                        continue;
                    } else if (override.isPresent()) {
                        words.add(required + ": overridden by " + override.get().clinicianName() + ", \""
                                + override.get().reason() + "\"");
                    } else {
                        var readiness = evidence.evaluate(edge.required(), edge.criterion(), current);
                        counted.add(readiness);
                        words.add(readiness.inWords(required));
                        met &= readiness.met();
                    }
                }
                toStart.add(new StageReadiness.Check(names.getOrDefault(prescription.exerciseId(), "An exercise"),
                        words, met));
            }
        }
        var progress = stageProgress(planId);
        var unsupported = evidence.unsupported(stage, progress.map(StageProgress::reasoned).orElse(Set.of()));
        var review = inWords(unsupported, withNames || unsupported.isEmpty() ? names : names(evidence));
        var result = new StageReadiness(planId, current, stage.name(), next == null ? null : next.name(), toLeave,
                toStart, evidence.redFlag(), placement(progress), review, null);
        var until = counted.stream().map(ReadinessRule.Readiness::metUntil).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return result.ready() ? new StageReadiness(planId, current, stage.name(), next.name(), toLeave, toStart,
                false, result.placement(), null, until) : result;
    }

    private static String inWords(List<long[]> unsupported, Map<Long, String> names) {
        return unsupported.isEmpty() ? null : unsupported.stream().map(pair -> names.getOrDefault(pair[0],
                "An exercise") + " needs " + names.getOrDefault(pair[1], "an exercise") + ", which is not signed off, "
                + "overridden or done to its criterion").distinct().collect(Collectors.joining("; "));
    }

    /**
     * Moves the client to the next stage. Without the current stage done to its criterion and the next stage's
     * prerequisites met (or with a red flag open) this needs a written reason, recorded with who and when.
     */
    @Transactional
    public StageReadiness advance(long planId, String overrideReason) {
        var readiness = readiness(planId);
        if (!readiness.hasNextStage()) {
            throw new UserFacingException("The client is on the last stage of this plan; there is no next stage.");
        }
        if (readiness.toStart().isEmpty()) {
            throw new UserFacingException("The next stage has no exercises. Add some in a new version of the plan "
                    + "before moving the client on.");
        }
        String reason = null;
        if (!readiness.ready()) {
            reason = requireReason(overrideReason, "The criteria for the next stage are not met"
                    + (readiness.redFlag() ? " and a red flag is open" : "")
                    + ". To move on anyway, give the reason for the override.");
        }
        var plan = plans.get(planId);
        var content = activeContent(plan);
        move(planId, readiness.currentStage() + 1, reason, reason == null
                ? "Moved on with \"" + readiness.currentStageName() + "\" done to its criterion"
                : "Moved on before the criteria were met", reason == null ? List.of()
                : content.stages().subList(readiness.currentStage(), readiness.currentStage() + 1));
        var now = readiness(planId);
        keepAttention(plan.clientId(), now);
        return now;
    }

    /**
     * A clinician puts the client on another stage of the active version. Back is always allowed. Forward past a
     * stage the client has not done to its criterion, or with a red flag open, needs a written reason.
     */
    @Transactional
    public StageReadiness placeOn(long planId, int stageIndex, String reason) {
        var plan = plans.get(planId);
        var content = activeContent(plan);
        if (stageIndex < 0 || stageIndex >= content.stages().size()) {
            throw new UserFacingException("This plan has no such stage.");
        }
        int current = Math.min(stageIndex(planId), content.stages().size() - 1);
        var target = content.stages().get(stageIndex);
        if (stageIndex == current) {
            // Staying, with a reason, covers what the stage rests on that no longer holds.
            var evidence = evidence(plan.clientId(), content);
            var reasoned = stages.findInClinic(planId, currentUser.clinicId()).map(StageProgress::reasoned)
                    .orElse(Set.of());
            var open = evidence.unsupported(target, reasoned);
            if (!open.isEmpty()) {
                String given = requireReason(reason, "To keep the client on \"" + target.name() + "\", give the "
                        + "reason: " + inWords(open, names(evidence)) + ".");
                var progressRow = stages.findInClinic(planId, currentUser.clinicId()).orElseThrow();
                var covered = new HashSet<>(reasoned);
                open.forEach(pair -> covered.add(pair[1]));
                progressRow.passedWithReason(covered);
                move(planId, stageIndex, given, "Kept on \"" + target.name() + "\" by a clinician: \"" + given
                        + "\"", List.of());
            }
            var now = readiness(planId);
            keepAttention(plan.clientId(), now);
            return now;
        }
        String given = reason == null || reason.isBlank() ? null : reason;
        if (stageIndex > current) {
            var evidence = evidence(plan.clientId(), content);
            var notDone = evidence.firstNotDone(current, stageIndex);
            if (notDone.isPresent() || evidence.redFlag()) {
                given = requireReason(reason, (evidence.redFlag() ? "A red flag is open" : names(evidence)
                        .getOrDefault(notDone.get(), "An exercise") + " has not been done to its criterion")
                        + ", so moving the client on to \"" + target.name() + "\" needs a written reason.");
            }
        }
        move(planId, stageIndex, stageIndex > current ? given : null, (stageIndex > current ? "Moved on to \""
                : "Moved back to \"") + target.name() + "\" by a clinician" + (given == null ? ""
                : ": \"" + given + "\""), stageIndex > current && given != null
                ? content.stages().subList(current, stageIndex) : List.of());
        var now = readiness(planId);
        keepAttention(plan.clientId(), now);
        return now;
    }

    /**
     * A new version became active: the client's stage is worked out again, never copied. The client stays on the
     * first stage of the new version that they have not done: a stage counts as done when each of its exercises
     * stood in a stage the client had left and was done to its criterion at some point (or is signed off). A
     * clinician may then place them elsewhere ({@link #placeOn}).
     */
    @EventListener
    void placeOnActivation(PlanActivated activated) {
        var user = currentUser.require();
        int stage = 0;
        String why = "Version " + activated.versionNumber() + " activated: the client starts on the first stage";
        if (activated.previous() != null && !activated.previous().stages().isEmpty()) {
            int was = stages.findInClinic(activated.planId(), user.clinicId()).map(StageProgress::stageIndex)
                    .orElse(0);
            var evidence = evidence(activated.clientId(), activated.content());
            var placement = evidence.placementAfter(activated.previous(), was);
            stage = placement.stage();
            var newStages = activated.content().stages();
            why = "Version " + activated.versionNumber() + " activated: " + (placement.notDone() == null
                    ? "the earlier stages are done" : (stage == 0 ? "" : "the earlier stages are done; ")
                    + names(evidence).getOrDefault(placement.notDone(), "an exercise") + " in \""
                    + newStages.get(stage).name() + "\" is not yet done to its criterion");
        }
        stages.findInClinic(activated.planId(), user.clinicId()).ifPresent(p -> p.passedWithReason(Set.of()));
        move(activated.planId(), stage, null, why, List.of());
        keepAttention(activated.clientId(), null);
    }

    /** A sign-off recorded or withdrawn changes what the client is ready for: Today must say so at once. */
    @EventListener
    void refreshAfterSignOffs(SignOffsChanged changed) {
        keepAttention(changed.clientId(), null);
    }

    /** A prerequisite added or removed changes readiness in every active plan holding either exercise. */
    @EventListener
    void refreshAfterPrerequisites(PrerequisitesChanged changed) {
        var affected = new java.util.LinkedHashSet<Long>(plans.activePlansHolding(changed.dependentExerciseId()));
        affected.addAll(plans.activePlansHolding(changed.requiredExerciseId()));
        // In client order, so two such changes at once lock the rows in the same order.
        affected.stream().map(planId -> plans.get(planId).clientId()).sorted().distinct()
                .forEach(clientId -> keepAttention(clientId, null));
    }

    /** Moves the client; the exercises of {@code passed} were passed with a written reason. */
    private void move(long planId, int stage, String reason, String why, List<StageContent> passed) {
        var user = currentUser.require();
        var progress = stages.findInClinic(planId, user.clinicId())
                .orElseGet(() -> new StageProgress(planId, user.clinicId()));
        if (!passed.isEmpty()) {
            var reasoned = new HashSet<>(progress.reasoned());
            passed.forEach(s -> s.prescriptions().forEach(p -> reasoned.add(p.exerciseId())));
            progress.passedWithReason(reasoned);
        }
        progress.moveTo(stage, user.displayName(), reason, why, clock.instant());
        stages.save(progress);
    }

    private static String placement(java.util.Optional<StageProgress> progress) {
        return progress.filter(p -> p.basis() != null)
                .map(p -> p.basis() + " (" + p.changedByName() + ", " + com.stepwise.base.ui.Dates.format(p.changedAt())
                        + ")")
                .orElse(null);
    }

    private static String requireReason(String reason, String refusal) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException(refusal);
        }
        return PrerequisiteOverride.because(reason).reason();
    }

    /** The names of the plan's exercises and of every prerequisite, from the graph the evidence already read. */
    private Map<Long, String> names(StageEvidence evidence) {
        var ids = new HashSet<Long>();
        evidence.content().prescriptions().forEach(p -> ids.add(p.exerciseId()));
        evidence.edges().forEach(edge -> ids.add(edge.required()));
        return exercises.refs(ids).stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
    }

    /**
     * The client's log rows between two dates. On a screen (see {@link ReadOnce}) every range within the review's
     * twelve weeks, such as the sheet's fortnight, is cut from one read of those weeks.
     */
    private List<SessionLog> logRows(long clinicId, long clientId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = reviewStart(today);
        if (!ReadOnce.active() || from.isBefore(start) || to.isAfter(today) || withinAWeek(from, to)) {
            return logs.findForClient(clinicId, clientId, from, to);
        }
        return ReadOnce.remember(List.of("logWindow", clinicId, clientId, start, today),
                () -> logs.findForClient(clinicId, clientId, start, today)).stream()
                .filter(log -> !log.cell().date().isBefore(from) && !log.cell().date().isAfter(to)).toList();
    }

    /** Red flags reported between two dates, cut like {@link #logRows} on a screen. */
    private List<RedFlag> flagRows(long clinicId, long clientId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = reviewStart(today);
        if (!ReadOnce.active() || from.isBefore(start) || to.isAfter(today) || withinAWeek(from, to)) {
            return redFlags.findReported(clinicId, clientId, from, to);
        }
        return ReadOnce.remember(List.of("flagWindow", clinicId, clientId, start, today),
                () -> redFlags.findReported(clinicId, clientId, start, today)).stream()
                .filter(flag -> !flag.getReportedOn().isBefore(from) && !flag.getReportedOn().isAfter(to)).toList();
    }

    /** A day or a few (the client's own page, one session) are read on their own: cheaper than the whole window. */
    private static boolean withinAWeek(LocalDate from, LocalDate to) {
        return from.plusDays(7).isAfter(to);
    }

    /** The first Monday of the review's twelve weeks. */
    private static LocalDate reviewStart(LocalDate today) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(REVIEW_WEEKS - 1);
    }

    /** Answered once per screen (see {@link ReadOnce}); within a change, read each time. */
    private List<RedFlag> openFlags(long clientId) {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("openRedFlags", clinicId, clientId),
                () -> redFlags.findOpen(clinicId, clientId));
    }

    private java.util.Optional<StageProgress> stageProgress(long planId) {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("stageProgress", clinicId, planId),
                () -> stages.findInClinic(planId, clinicId));
    }

    /** What the client's record says, read once for one evaluation: logs, sign-offs, open red flags, the graph. */
    private StageEvidence evidence(long clientId, PlanContent content) {
        LocalDate today = LocalDate.now(clock);
        return new StageEvidence(content, progression.criteria(),
                sessions(clientId, today.minusDays(HISTORY_DAYS), today),
                progression.signedOffExercises(clientId), !openFlags(clientId).isEmpty(), today);
    }

    // --- outcome measures ------------------------------------------------------------------------------------------

    /**
     * Scores and keeps an Oswestry questionnaire; sections not in the map (or mapped to null) were not answered. One
     * with more than {@value Oswestry#MOST_MISSING} sections missing is kept as incomplete, never compared.
     */
    @Transactional
    public MeasureResult recordOswestry(long clientId, LocalDate measuredOn, Map<Oswestry.Section, Integer> answers) {
        var score = Oswestry.score(answers);
        return record(clientId, MeasureKind.ODI, measuredOn, score.percent(), score.band().label(), score.answered(),
                score.complete() ? MeasureKind.ODI.name() : null, Oswestry.answered(answers));
    }

    /** Scores and keeps a Patient-Specific Functional Scale of three to five activities. */
    @Transactional
    public MeasureResult recordFunctionalScale(long clientId, LocalDate measuredOn,
                                               List<FunctionalScale.Activity> activities) {
        return record(clientId, MeasureKind.PSFS, measuredOn, FunctionalScale.score(activities), null,
                activities.size(), FunctionalScale.comparisonKey(activities), activities);
    }

    /**
     * The client's results, by kind and date, each with its change since the previous comparable result of that kind:
     * a complete Oswestry with the last complete one, a functional scale with the last one over the same activities.
     */
    public List<MeasureResult> measures(long clientId) {
        clients.requireInClinic(clientId);
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("measures", clinicId, clientId),
                () -> results(measures.findForClient(clinicId, clientId)));
    }

    private static List<MeasureResult> results(List<OutcomeMeasure> stored) {
        var results = new ArrayList<MeasureResult>();
        var lastComparable = new HashMap<String, OutcomeMeasure>();
        for (var measure : stored) {
            String key = measure.getComparableAs() == null ? null : measure.getKind() + ":" + measure.getComparableAs();
            var previous = key == null ? null : lastComparable.put(key, measure);
            Change change = previous == null ? null : measure.getKind() == MeasureKind.ODI
                    ? Change.oswestry(previous.getScore(), measure.getScore())
                    : Change.functional(previous.getScore(), measure.getScore());
            results.add(new MeasureResult(measure.getKind(), measure.getMeasuredOn(), measure.getScore(),
                    measure.getBand(), measure.getCreatedByName(), measure.getAnswered(), key != null, change));
        }
        return results;
    }

    private MeasureResult record(long clientId, MeasureKind kind, LocalDate measuredOn, java.math.BigDecimal score,
                                 String band, int answered, String comparableAs, Object answers) {
        clients.requireInClinic(clientId);
        if (measuredOn == null) {
            throw new UserFacingException("Enter the date the questionnaire was filled in.");
        }
        if (measuredOn.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("That date is in the future: record a questionnaire once it is filled in.");
        }
        if (measuredOn.isBefore(LocalDate.now(clock).minusYears(2))) {
            throw new UserFacingException("That date is more than two years ago: check the year.");
        }
        var user = currentUser.require();
        var saved = measures.save(new OutcomeMeasure(user.clinicId(), clientId, kind, measuredOn, score, band,
                answered, comparableAs, JSON.writeValueAsString(answers), clock.instant(), user.displayName()));
        measures.flush();
        var all = measures.findForClient(user.clinicId(), clientId);
        return results(all).get(all.indexOf(saved));
    }

    private static PlanContent activeContent(PlanDetails plan) {
        if (plan.status() != PlanStatus.ACTIVE || plan.active() == null) {
            throw new UserFacingException("This plan is not active yet: activate it before recording progress "
                    + "against it.");
        }
        return plan.active().content();
    }
}
