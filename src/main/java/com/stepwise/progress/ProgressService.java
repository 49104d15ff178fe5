package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.ActivePlan;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.progression.ProgressionService;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    /** How far back readiness looks: the longest criterion window the graph allows. */
    private static final int LONGEST_WINDOW_DAYS = 90;
    /** How far back a red-flag symptom keeps its alert up and holds back progression. */
    static final int RED_FLAG_WINDOW_DAYS = 14;
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
    private final PlanReadinessRepository readinessSnapshots;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(SessionLogRepository logs, StageProgressRepository stages, OutcomeMeasureRepository measures,
                    ClientService clients, ExerciseService exercises, PlanService plans,
                    ProgressionService progression, ProgressTimeline timeline,
                    PlanReadinessRepository readinessSnapshots, CurrentUser currentUser, Clock clock) {
        this.logs = logs;
        this.stages = stages;
        this.measures = measures;
        this.clients = clients;
        this.exercises = exercises;
        this.plans = plans;
        this.progression = progression;
        this.timeline = timeline;
        this.readinessSnapshots = readinessSnapshots;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records one day of the client's exercises (from a paper sheet or a conversation). A day already recorded is
     * corrected, not duplicated; the audit trail keeps the earlier values. A {@code null} note keeps the note already
     * recorded for the day.
     */
    @Transactional
    public void recordDay(long clientId, LocalDate date, List<LoggedExercise> entries, String note) {
        clients.requireInClinic(clientId);
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new UserFacingException("That date is in the future: record a session once it has happened.");
        }
        if (date.isBefore(today.minusYears(1))) {
            throw new UserFacingException("Sessions more than a year old cannot be recorded.");
        }
        if (entries.stream().anyMatch(e -> !e.date().equals(date))) {
            throw new IllegalArgumentException("Every entry of a day must carry that day's date");
        }
        var ids = entries.stream().map(LoggedExercise::exerciseId).collect(Collectors.toSet());
        if (exercises.refs(ids).size() != ids.size()) {
            throw new UserFacingException("One of those exercises could not be found.");
        }
        long clinicId = currentUser.clinicId();
        Map<Long, SessionLog> existing = logs.findForDay(clinicId, clientId, date, ids).stream()
                .collect(Collectors.toMap(log -> log.entry().exerciseId(), Function.identity()));
        for (var entry : entries) {
            var log = existing.computeIfAbsent(entry.exerciseId(),
                    id -> new SessionLog(clinicId, clientId, id, date, clock.instant()));
            log.record(entry, note, clock.instant());
            logs.save(log);
        }
        plans.plansOf(clientId).stream().filter(p -> p.status() == PlanStatus.ACTIVE)
                .forEach(p -> remember(readiness(p.id())));
    }

    /** Keeps the plan's latest readiness for the Today list (see {@link PlanReadiness}). */
    private void remember(StageReadiness readiness) {
        var plan = plans.get(readiness.planId());
        var snapshot = readinessSnapshots.findById(plan.id())
                .orElseGet(() -> new PlanReadiness(plan.id(), currentUser.clinicId(), plan.clientId()));
        snapshot.evaluated(readiness.ready(), LocalDate.now(clock));
        readinessSnapshots.save(snapshot);
    }

    /** The client's logged exercises between two dates, oldest first. */
    public List<LoggedExercise> sessions(long clientId, LocalDate from, LocalDate to) {
        clients.requireInClinic(clientId);
        return logs.findForClient(currentUser.clinicId(), clientId, from, to).stream().map(SessionLog::entry)
                .toList();
    }

    /**
     * The red-flag symptoms the client reported in the last two weeks, one entry per day, newest first. Shown on the
     * client page whatever else is on it: a red flag is never hidden.
     */
    public List<RedFlag> recentRedFlags(long clientId) {
        LocalDate today = LocalDate.now(clock);
        var byDay = new TreeMap<LocalDate, EnumSet<Symptom>>(Comparator.reverseOrder());
        for (var log : sessions(clientId, today.minusDays(RED_FLAG_WINDOW_DAYS - 1), today)) {
            if (log.redFlag()) {
                byDay.computeIfAbsent(log.date(), day -> EnumSet.noneOf(Symptom.class))
                        .addAll(log.symptoms());
            }
        }
        return byDay.entrySet().stream().map(day -> new RedFlag(day.getKey(), Set.copyOf(day.getValue()))).toList();
    }

    /**
     * The clinic's clients who need attention today, each with why: a red-flag symptom in the last two weeks, pain up
     * by 2 or more this week against last, ready to progress at the last evaluation (within two weeks), or an active
     * plan with no session logged for two weeks. Every reason is aggregated in the database, so the number of
     * queries is the same for a clinic of ten clients or ten thousand.
     */
    public List<Attention> needingAttention() {
        long clinicId = currentUser.clinicId();
        LocalDate today = LocalDate.now(clock);
        LocalDate twoWeeksAgo = today.minusDays(RED_FLAG_WINDOW_DAYS - 1);
        var reasons = new HashMap<Long, EnumSet<Attention.Reason>>();
        BiConsumer<Long, Attention.Reason> flag = (clientId, reason) ->
                reasons.computeIfAbsent(clientId, id -> EnumSet.noneOf(Attention.Reason.class)).add(reason);

        logs.findRedFlagged(clinicId, twoWeeksAgo)
                .forEach(day -> flag.accept(day.clientId(), Attention.Reason.RED_FLAG));
        logs.findPainTrends(clinicId, twoWeeksAgo, today.minusDays(6)).stream().filter(PainTrend::risen)
                .forEach(trend -> flag.accept(trend.clientId(), Attention.Reason.PAIN_UP));
        var logged = logs.findLoggedSince(clinicId, twoWeeksAgo).stream().map(ClientDay::clientId)
                .collect(Collectors.toSet());
        var quietSince = twoWeeksAgo.atStartOfDay(clock.getZone()).toInstant();
        var active = plans.activePlans();
        active.stream()
                .filter(plan -> !logged.contains(plan.clientId()) && plan.changedAt().isBefore(quietSince))
                .forEach(plan -> flag.accept(plan.clientId(), Attention.Reason.NO_RECENT_LOG));
        var activeIds = active.stream().map(ActivePlan::planId).collect(Collectors.toSet());
        readinessSnapshots.findReadySince(clinicId, twoWeeksAgo).stream()
                .filter(snapshot -> activeIds.contains(snapshot.planId()))
                .forEach(snapshot -> flag.accept(snapshot.clientId(), Attention.Reason.READY_TO_PROGRESS));

        return clients.names(reasons.keySet()).stream()
                .map(name -> new Attention(name.id(), name.fullName(), List.copyOf(reasons.get(name.id()))))
                .sorted(Comparator.comparing(Attention::mostUrgent).thenComparing(Attention::clientName))
                .toList();
    }

    /**
     * The last twelve weeks of one client, for the review charts: a bounded read of their own logs (at most one row
     * per exercise and day), the active plan's days per week, and their questionnaires.
     */
    public Review review(long clientId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate firstMonday = today.with(DayOfWeek.MONDAY).minusWeeks(REVIEW_WEEKS - 1);
        var logs = sessions(clientId, firstMonday, today);
        Map<Long, String> names = exercises.refs(logs.stream().map(LoggedExercise::exerciseId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));

        var weeks = new ArrayList<Review.WeekAdherence>();
        var active = plans.plansOf(clientId).stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .map(p -> plans.get(p.id()));
        if (active.isPresent()) {
            var content = activeContent(active.get());
            int stage = Math.min(currentStage(active.get().id()), content.stages().size() - 1);
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
                timeline.of(clientId, firstMonday, logs, scored));
    }

    /** The stage (0 is the first) the client is on in this plan. */
    public int currentStage(long planId) {
        plans.get(planId);
        return stages.findInClinic(planId, currentUser.clinicId()).map(StageProgress::stageIndex).orElse(0);
    }

    /** Whether the client may move on from the current stage of the plan's active version, and why (not). */
    public StageReadiness readiness(long planId) {
        var plan = plans.get(planId);
        var content = activeContent(plan);
        int current = Math.min(currentStage(planId), content.stages().size() - 1);
        var next = current + 1 < content.stages().size() ? content.stages().get(current + 1) : null;
        LocalDate today = LocalDate.now(clock);
        var recent = sessions(plan.clientId(), today.minusDays(LONGEST_WINDOW_DAYS), today);
        var signedOff = progression.signedOffExercises(plan.clientId());
        boolean redFlag = recent.stream().filter(log -> !log.date().isBefore(today.minusDays(RED_FLAG_WINDOW_DAYS - 1)))
                .anyMatch(LoggedExercise::redFlag);

        var unlocks = new ArrayList<StageReadiness.Unlock>();
        if (next != null) {
            var ids = new HashSet<Long>();
            next.prescriptions().forEach(p -> ids.add(p.exerciseId()));
            Map<Long, String> names = exercises.refs(ids).stream()
                    .collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
            for (var prescription : next.prescriptions()) {
                var words = new ArrayList<String>();
                boolean met = true;
                for (var requirement : progression.requirementsOf(prescription.exerciseId())) {
                    long required = requirement.required().id();
                    var readiness = ReadinessRule.evaluate(required, requirement.criterion(), recent,
                            prescribedSets(content, current, required), signedOff.contains(required), today);
                    words.add(readiness.inWords(requirement.required().name()));
                    met &= readiness.met();
                }
                unlocks.add(new StageReadiness.Unlock(names.getOrDefault(prescription.exerciseId(), "An exercise"),
                        words, met));
            }
        }
        return new StageReadiness(planId, current, content.stages().get(current).name(),
                next == null ? null : next.name(), unlocks, redFlag);
    }

    /**
     * Moves the client to the next stage. Without the criteria met (or with a red flag reported) this needs an
     * override with a written reason, recorded with who and when.
     */
    @Transactional
    public StageReadiness advance(long planId, String overrideReason) {
        var readiness = readiness(planId);
        if (!readiness.hasNextStage()) {
            throw new UserFacingException("The client is on the last stage of this plan; there is no next stage.");
        }
        String reason = null;
        if (!readiness.ready()) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new UserFacingException("The criteria for the next stage are not met"
                        + (readiness.redFlag() ? " and a red-flag symptom was reported" : "")
                        + ". To move on anyway, give the reason for the override.");
            }
            reason = PrerequisiteOverride.because(overrideReason).reason();
        }
        var user = currentUser.require();
        var progress = stages.findInClinic(planId, user.clinicId())
                .orElseGet(() -> new StageProgress(planId, user.clinicId()));
        progress.moveTo(readiness.currentStage() + 1, user.displayName(), reason, clock.instant());
        stages.save(progress);
        var now = readiness(planId);
        remember(now);
        return now;
    }

    // --- outcome measures ------------------------------------------------------------------------------------------

    /** Scores and keeps an Oswestry questionnaire; sections not in the map were not answered. */
    @Transactional
    public MeasureResult recordOswestry(long clientId, LocalDate measuredOn, Map<Oswestry.Section, Integer> answers) {
        var score = Oswestry.score(answers);
        return record(clientId, MeasureKind.ODI, measuredOn, score.percent(), score.band().label(), answers);
    }

    /** Scores and keeps a Patient-Specific Functional Scale of three to five activities. */
    @Transactional
    public MeasureResult recordFunctionalScale(long clientId, LocalDate measuredOn,
                                               List<FunctionalScale.Activity> activities) {
        return record(clientId, MeasureKind.PSFS, measuredOn, FunctionalScale.score(activities), null, activities);
    }

    /** The client's results, by kind and date, each with its change since the previous result of that kind. */
    public List<MeasureResult> measures(long clientId) {
        clients.requireInClinic(clientId);
        var results = new ArrayList<MeasureResult>();
        OutcomeMeasure previous = null;
        for (var measure : measures.findForClient(currentUser.clinicId(), clientId)) {
            Change change = null;
            if (previous != null && previous.getKind() == measure.getKind()) {
                change = measure.getKind() == MeasureKind.ODI
                        ? Change.oswestry(previous.getScore(), measure.getScore())
                        : Change.functional(previous.getScore(), measure.getScore());
            }
            results.add(new MeasureResult(measure.getKind(), measure.getMeasuredOn(), measure.getScore(),
                    measure.getBand(), measure.getCreatedByName(), change));
            previous = measure;
        }
        return results;
    }

    private MeasureResult record(long clientId, MeasureKind kind, LocalDate measuredOn, java.math.BigDecimal score,
                                 String band, Object answers) {
        clients.requireInClinic(clientId);
        if (measuredOn.isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("That date is in the future: record a questionnaire once it is filled in.");
        }
        var user = currentUser.require();
        measures.save(new OutcomeMeasure(user.clinicId(), clientId, kind, measuredOn, score, band,
                JSON.writeValueAsString(answers), clock.instant(), user.displayName()));
        return measures(clientId).stream().filter(m -> m.kind() == kind && m.measuredOn().equals(measuredOn))
                .reduce((first, second) -> second).orElseThrow();
    }

    private static PlanContent activeContent(PlanDetails plan) {
        if (plan.status() != PlanStatus.ACTIVE || plan.active() == null) {
            throw new UserFacingException("This plan is not active yet: activate it before recording progress "
                    + "against it.");
        }
        return plan.active().content();
    }

    /** The sets prescribed for the required exercise in this stage or an earlier one, if any. */
    private static Integer prescribedSets(PlanContent content, int current, long exerciseId) {
        for (int stage = current; stage >= 0; stage--) {
            for (PrescriptionContent p : content.stages().get(stage).prescriptions()) {
                if (p.exerciseId() == exerciseId) {
                    return p.dose().sets();
                }
            }
        }
        return null;
    }
}
