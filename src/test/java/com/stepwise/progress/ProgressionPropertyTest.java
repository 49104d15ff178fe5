package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.MutableClock;
import com.stepwise.TestClinics;
import com.stepwise.base.UserFacingException;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.CriterionEdge;
import com.stepwise.progression.ProgressionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Random clinic days, checked against a small model of Stepwise's promise written apart from the rules under test:
 * <em>every exercise in the stage a client is on has each of its prerequisites met by logged evidence meeting the
 * criterion, a current sign-off, an override that names it, or a written reason given when the client was moved
 * past it; otherwise the plan is listed for review. Moving a client on needs evidence or a recorded reason.</em>
 * <p>
 * The steps are builder edits, template starts, activations, advances with and without reasons, placements,
 * sign-offs and withdrawals, prerequisites added and removed, copies and archivals, and logged days as the clock
 * moves. The model keeps its own record of what was logged (perfect or painful days) and of the reasons it gave, and
 * decides "met by evidence" with its own sliding window. Seeded: {@code -Dstepwise.property.seed=N} and
 * {@code -Dstepwise.property.runs=N} replay or widen it; a failure prints the seed and every step.
 */
@IntegrationTest
class ProgressionPropertyTest {

    private static final long SEED = Long.getLong("stepwise.property.seed", 20261121L);
    private static final int RUNS = Integer.getInteger("stepwise.property.runs", 8);
    private static final int STEPS = Integer.getInteger("stepwise.property.steps", 36);

    @Autowired
    PlanService plans;
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressionService progression;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestClinics signIn;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        signIn.signOut();
    }

    @Test
    void noSequenceOfClinicDaysPutsAClientOnAnExerciseTheyHaveNotEarned() {
        int checks = 0;
        int moves = 0;
        for (int run = 0; run < RUNS; run++) {
            var world = new World(SEED + run);
            world.play();
            checks += world.checks;
            moves += world.moves;
        }
        System.out.printf("Progression property: %d runs from seed %d, %d checks, %d moves of a client%n", RUNS, SEED,
                checks, moves);
        assertThat(moves).as("the random days moved clients between stages").isPositive();
    }

    /** One clinic, one client, a pool of exercises, and the model's own record. */
    private final class World {

        private final long seed;
        private final Random random;
        private final List<String> steps = new ArrayList<>();
        private final List<Long> pool = new ArrayList<>();
        private final List<Long> ownEdges = new ArrayList<>();
        private final Set<Long> copies = new HashSet<>();
        /** What the model logged: for each exercise, each day perfect (true) or painful (false). */
        private final Map<Long, Map<LocalDate, Boolean>> logged = new HashMap<>();
        /** Exercises the client was moved past with a written reason since the version was activated. */
        private final Set<Long> reasoned = new HashSet<>();
        private long client;
        private long plan;
        private LocalDate day;
        int checks;
        int moves;

        World(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
        }

        void play() {
            signIn.atNewClinic();
            day = LocalDate.of(2026, 1, 5).plusDays(seed % 50);
            clock.setDay(day);
            var draft = new ClientDraft();
            draft.setFirstName("Model");
            draft.setLastName("Client " + seed);
            draft.setDateOfBirth(LocalDate.of(1970, 1, 1));
            client = clients.create(draft);
            for (var code : List.of("somatic-pelvic-tilt", "gluteal-stretch-part-1", "gluteal-stretch-part-2",
                    "cat-cow", "bird-dog", "plank", "knee-hug-single", "knees-to-chest-both", "childs-pose",
                    "figure-four", "figure-four-lifted")) {
                pool.add(builtIn(code));
            }
            startPlan();
            var state = observe();
            for (int i = 0; i < STEPS; i++) {
                var before = state;
                boolean withReason = act();
                state = observe();
                check(before, state, withReason);
            }
        }

        // --- actions -----------------------------------------------------------------------------------------------

        /** A plan of three stages, a chain or unlinked exercises, activated: where a clinic usually starts. */
        private void startPlan() {
            var shapes = List.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 8, 9), List.of(0, 6, 1));
            var shape = shapes.get(random.nextInt(shapes.size()));
            plan = plans.create(client, "Plan " + seed, null, null);
            var details = plans.get(plan);
            var content = details.working().content().withStage("Stage 2").withStage("Stage 3");
            for (int stage = 0; stage < 3; stage++) {
                long exercise = pool.get(shape.get(stage));
                content = content.withExercise(content.stages().get(stage).key(), exercise,
                        exercises.get(exercise).defaultDose());
            }
            step("start a plan of " + shape + " and activate it");
            details = plans.save(plan, details.version(), content);
            plans.activate(plan, details.version());
        }

        /** Does one random thing; true if it moved the client with a written reason. */
        private boolean act() {
            try {
                return switch (random.nextInt(19)) {
                    case 0, 1, 2 -> {
                        edit();
                        yield false;
                    }
                    case 3 -> {
                        activate();
                        yield false;
                    }
                    case 4, 5 -> advance();
                    case 6 -> place();
                    case 7 -> {
                        signOffOrWithdraw();
                        yield false;
                    }
                    case 8 -> {
                        changeGraph();
                        yield false;
                    }
                    case 9 -> {
                        copyOrArchive();
                        yield false;
                    }
                    case 10 -> {
                        startFromTemplate();
                        yield false;
                    }
                    case 11, 12 -> {
                        workTheCurrentStage();
                        yield false;
                    }
                    case 13 -> {
                        letTimePass();
                        yield false;
                    }
                    case 14, 15 -> {
                        reportOrAcknowledgeARedFlag();
                        yield false;
                    }
                    default -> {
                        logDays();
                        yield false;
                    }
                };
            } catch (UserFacingException refused) {
                step("  refused: " + refused.getMessage());
                return false;
            }
        }

        private void edit() {
            var details = plans.get(plan);
            var content = details.working().content();
            var stages = content.stages();
            var keys = content.prescriptions().map(p -> p.key()).toList();
            String stage = stages.isEmpty() ? null : stages.get(random.nextInt(stages.size())).key();
            String key = keys.isEmpty() ? null : keys.get(random.nextInt(keys.size()));
            long exercise = pool.get(random.nextInt(pool.size()));
            PlanContent next;
            String what;
            int kind = random.nextInt(10);
            if (stage == null || kind == 0) {
                next = content.withStage("Stage " + (stages.size() + 1));
                what = "add a stage";
            } else if (kind <= 3 || key == null) {
                next = content.withExercise(stage, exercise, exercises.get(exercise).defaultDose());
                what = "add " + exercise + " to stage " + stageIndex(content, stage);
            } else if (kind == 4) {
                next = content.movePrescription(key, stage, random.nextInt(3));
                what = "move a prescription to stage " + stageIndex(content, stage);
            } else if (kind == 5) {
                next = content.withoutPrescription(key);
                what = "remove a prescription";
            } else if (kind == 6) {
                next = content.moveStage(stage, random.nextInt(stages.size()));
                what = "move stage " + stageIndex(content, stage);
            } else if (kind == 7) {
                next = content.duplicateStage(stage);
                what = "duplicate stage " + stageIndex(content, stage);
            } else if (kind == 8) {
                var prescription = content.prescription(key).orElseThrow();
                var required = edges().stream().filter(e -> e.dependent() == prescription.exerciseId())
                        .map(CriterionEdge::required).toList();
                long covered = required.isEmpty() ? exercise : required.get(random.nextInt(required.size()));
                next = content.withOverride(key, PrerequisiteOverride.because("Judged safe in clinic, step "
                        + steps.size()).covering(covered));
                what = "override " + covered + " before " + prescription.exerciseId();
            } else {
                next = content.removeStage(stage);
                what = "remove stage " + stageIndex(content, stage);
            }
            step("edit: " + what);
            plans.save(plan, details.version(), next);
        }

        private void activate() {
            step("activate the latest version");
            plans.activate(plan, plans.get(plan).version());
            reasoned.clear();
        }

        private boolean advance() {
            if (!isActive()) {
                return false;
            }
            var stageBefore = currentStage();
            boolean withReason = random.nextInt(3) == 0;
            step("advance" + (withReason ? " with a reason" : ""));
            progress.advance(plan, withReason ? "Seen in clinic, judged ready, step " + steps.size() : null);
            if (withReason) {
                stageBefore.forEach(reasoned::add);
            }
            return withReason;
        }

        private boolean place() {
            if (!isActive()) {
                return false;
            }
            var content = plans.get(plan).active().content();
            int from = progress.currentStage(plan);
            int to = random.nextInt(content.stages().size());
            boolean withReason = random.nextBoolean();
            step("place on stage " + to + (withReason ? " with a reason" : ""));
            progress.placeOn(plan, to, withReason ? "Clinician's judgement, step " + steps.size() : null);
            if (withReason && to > from) {
                content.stages().subList(from, to).forEach(s -> s.prescriptions()
                        .forEach(p -> reasoned.add(p.exerciseId())));
            } else if (withReason && to == from) {
                currentStage().forEach(x -> edges().stream().filter(e -> e.dependent() == x)
                        .forEach(e -> reasoned.add(e.required())));
            }
            return withReason && to >= from;
        }

        private void signOffOrWithdraw() {
            var current = progression.signOffsOf(client).stream().filter(s -> s.current()).toList();
            if (!current.isEmpty() && random.nextBoolean()) {
                var signOff = current.get(random.nextInt(current.size()));
                step("withdraw the sign-off of " + signOff.exerciseId());
                progression.withdrawSignOff(signOff.id(), "No longer holds, step " + steps.size());
            } else {
                long exercise = pool.get(random.nextInt(pool.size()));
                step("sign off " + exercise);
                progression.recordSignOff(client, exercise, "Seen in clinic, step " + steps.size());
            }
        }

        private void changeGraph() {
            if (!ownEdges.isEmpty() && random.nextInt(3) == 0) {
                long edge = ownEdges.remove(random.nextInt(ownEdges.size()));
                step("remove prerequisite " + edge);
                progression.remove(edge);
                return;
            }
            long required = pool.get(random.nextInt(pool.size()));
            long dependent = pool.get(random.nextInt(pool.size()));
            var criterion = new Criterion(1 + random.nextInt(3), 7 + random.nextInt(14), 2 + random.nextInt(4));
            step("make " + dependent + " require " + required + " (" + criterion.inWords() + ")");
            ownEdges.add(progression.add(dependent, required, criterion).id());
        }

        private void copyOrArchive() {
            if (!copies.isEmpty() && random.nextInt(3) == 0) {
                long copy = copies.iterator().next();
                step("archive copy " + copy);
                exercises.archive(copy);
                copies.remove(copy);
                return;
            }
            long original = pool.get(random.nextInt(pool.size()));
            var draft = exercises.draftForCopy(original);
            draft.setName("Copy of " + original + " at step " + steps.size() + " " + seed);
            long copy = exercises.create(draft, original);
            step("copy " + original + " as " + copy);
            pool.add(copy);
            copies.add(copy);
        }

        private void startFromTemplate() {
            var content = plans.get(plan).working().content();
            if (content.exerciseCount() == 0) {
                return;
            }
            step("save as a template, complete this plan and start a new one from the template");
            long template = plans.saveAsTemplate(plan, "Template " + seed + " " + steps.size());
            if (isActive()) {
                plans.complete(plan, plans.get(plan).version());
            }
            plan = plans.create(client, "From template " + steps.size(), null, template);
            reasoned.clear();
        }

        /** The client does the current stage well: a few perfect days of each of its exercises. */
        private void workTheCurrentStage() {
            if (!isActive()) {
                return;
            }
            for (long exercise : currentStage()) {
                for (int d = 0; d < 3; d++) {
                    log(exercise, random.nextInt(8) > 0);
                }
            }
        }

        private void logDays() {
            int days = 1 + random.nextInt(3);
            var onPlan = plans.get(plan).working().content().prescriptions().map(p -> p.exerciseId()).toList();
            for (int d = 0; d < days; d++) {
                long exercise = !onPlan.isEmpty() && random.nextInt(4) > 0 ? onPlan.get(random.nextInt(onPlan.size()))
                        : pool.get(random.nextInt(pool.size()));
                log(exercise, random.nextInt(5) > 0);
            }
        }

        /** Days go by with nothing written: only the clock moves. */
        private void letTimePass() {
            int days = 1 + random.nextInt(16);
            step("nothing for " + days + " days");
            day = day.plusDays(days);
            clock.setDay(day);
        }

        /** A warning sign reported for today (urgent or not), or the oldest open one acknowledged. */
        private void reportOrAcknowledgeARedFlag() {
            var open = progress.openRedFlags(client);
            if (!open.isEmpty() && random.nextBoolean()) {
                step("acknowledge " + open.getLast().symptom());
                progress.acknowledge(open.getLast().id(), open.getLast().version(), RedFlagAction.CALLED_CLIENT,
                        "Spoke to the client by phone");
                return;
            }
            var symptom = Symptom.values()[random.nextInt(Symptom.values().length)];
            step("report " + symptom + " on " + day);
            progress.record(client, LogSource.SESSION, List.of(), Map.of(day, Set.of(symptom)), null);
        }

        /** One day of one exercise, perfect (every session comfortable, pain 1) or painful; then the next day. */
        private void log(long exercise, boolean perfect) {
            step("log " + day + ": " + exercise + (perfect ? " perfect" : " painful"));
            var changes = new ArrayList<CellChange>();
            var saved = progress.sheet(client, day, day);
            for (int session = 1; session <= (perfect ? LoggedExercise.MAX_SESSIONS : 1); session++) {
                var cell = new SheetCell(exercise, day, session);
                changes.add(new CellChange(cell, saved.cell(cell), perfect ? CellValue.done(10,
                        Feeling.COMFORTABLE, 1) : CellValue.done(1, Feeling.PAINFUL, 7), null));
            }
            progress.record(client, LogSource.SHEET, changes, Map.of(), null);
            logged.computeIfAbsent(exercise, e -> new HashMap<>()).put(day, perfect);
            day = day.plusDays(1);
            clock.setDay(day);
        }

        // --- the model ---------------------------------------------------------------------------------------------

        /** What the model sees after a step: the active plan's version and the client's stage, or nothing. */
        private record State(long plan, int version, int stage, List<List<Long>> stages) {
        }

        private State observe() {
            var active = plans.plansOf(client).stream().filter(p -> p.status() == PlanStatus.ACTIVE).toList();
            checks++;
            if (active.size() > 1) {
                fail("the client has " + active.size() + " active plans");
            }
            if (active.isEmpty()) {
                return null;
            }
            var details = plans.get(active.getFirst().id());
            var stages = details.active().content().stages().stream()
                    .map(s -> s.prescriptions().stream().map(p -> p.exerciseId()).toList()).toList();
            return new State(details.id(), details.active().number(), progress.currentStage(details.id()), stages);
        }

        private void check(State before, State after, boolean withReason) {
            checkToday();
            if (after == null) {
                return;
            }
            if (after.stage() < 0 || after.stage() >= after.stages().size()) {
                fail("the client stands on stage " + after.stage() + " of " + after.stages().size());
            }
            if (after.stages().get(after.stage()).isEmpty()) {
                fail("the client stands on an empty stage");
            }
            var signedOff = progression.signedOffExercises(client);
            var edges = edges();
            var content = plans.get(after.plan()).active().content();

            // Every prerequisite of the current stage is met, or the plan is listed for review.
            var unmet = new ArrayList<String>();
            for (var prescription : content.stages().get(after.stage()).prescriptions()) {
                for (var edge : edges) {
                    if (edge.dependent() != prescription.exerciseId()) {
                        continue;
                    }
                    long required = edge.required();
                    boolean met = signedOff.contains(required) || prescription.overrideOf(required).isPresent()
                            || reasoned.contains(required) || earned(required, edge.criterion());
                    if (!met) {
                        unmet.add(prescription.exerciseId() + " needs " + required);
                    }
                }
            }
            if (!unmet.isEmpty() && !listedForReview(after.plan())) {
                fail("on stage " + after.stage() + " with unmet prerequisites and no review listed: " + unmet);
            }

            // A move on, without a reason given, rests on each passed exercise being done to its criteria.
            boolean sameVersion = before != null && before.plan() == after.plan() && before.version() == after.version();
            int from = sameVersion ? before.stage() : 0;
            if (after.stage() > from && !(sameVersion && withReason)) {
                moves++;
                for (var stage : after.stages().subList(from, after.stage())) {
                    for (long passed : stage) {
                        if (!signedOff.contains(passed) && !reasoned.contains(passed) && !done(passed, edges)) {
                            fail("moved from stage " + from + " to " + after.stage() + " past " + passed
                                    + ", which was never done to its criteria");
                        }
                    }
                }
            } else if (after.stage() != from) {
                moves++;
            }

            // Today says what the plan page says.
            boolean ready = progress.readiness(after.plan()).ready();
            boolean listedReady = todayReasons().contains(Attention.Reason.READY_TO_PROGRESS);
            if (ready != listedReady) {
                fail("the plan page says ready=" + ready + " but Today says " + listedReady);
            }
        }

        private boolean listedForReview(long planId) {
            return plans.get(planId).reviewNote() != null
                    || todayReasons().contains(Attention.Reason.NEEDS_REVIEW);
        }

        private List<Attention.Reason> todayReasons() {
            return SessionLogs.today(progress).stream().filter(a -> a.clientId() == client).findFirst()
                    .map(Attention::reasons).orElse(List.of());
        }

        /**
         * Today's reasons for the client, worked out afresh from the record as a clinician would read it (the rows
         * themselves, the plan page), never from what is kept for Today.
         */
        private List<Attention.Reason> reasonsFromTheRecord() {
            var reasons = java.util.EnumSet.noneOf(Attention.Reason.class);
            for (var flag : progress.openRedFlags(client)) {
                reasons.add(flag.symptom().urgency() == Symptom.Urgency.URGENT ? Attention.Reason.URGENT_RED_FLAG
                        : Attention.Reason.RED_FLAG);
            }
            var rows = progress.sessions(client, day.minusYears(1), day);
            var last = rows.stream().map(LoggedExercise::date).max(LocalDate::compareTo).orElse(null);
            if (last != null && !last.plusDays(6).isBefore(day)) {
                var lastWeek = rows.stream().filter(r -> r.pain() != null && !r.date().isBefore(last.minusDays(6)))
                        .mapToInt(LoggedExercise::pain).average();
                var weekBefore = rows.stream().filter(r -> r.pain() != null && !r.date().isBefore(last.minusDays(13))
                        && r.date().isBefore(last.minusDays(6))).mapToInt(LoggedExercise::pain).average();
                if (lastWeek.isPresent() && weekBefore.isPresent()
                        && lastWeek.getAsDouble() - weekBefore.getAsDouble() >= 1.95) {
                    reasons.add(Attention.Reason.PAIN_UP);
                }
            }
            plans.plansOf(client).stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst().ifPresent(p -> {
                var details = plans.get(p.id());
                var readiness = progress.readiness(p.id());
                if (details.reviewNote() != null || readiness.review() != null) {
                    reasons.add(Attention.Reason.NEEDS_REVIEW);
                }
                if (readiness.ready()) {
                    reasons.add(Attention.Reason.READY_TO_PROGRESS);
                }
                var since = LocalDate.ofInstant(details.active().activatedAt(), clock.getZone());
                if (last != null && last.isAfter(since)) {
                    since = last;
                }
                if (!since.plusDays(14).isAfter(day)) {
                    reasons.add(Attention.Reason.NO_RECENT_LOG);
                }
            });
            return List.copyOf(reasons);
        }

        private void checkToday() {
            var expected = reasonsFromTheRecord();
            var shown = todayReasons();
            if (!shown.equals(expected)) {
                fail("Today shows " + shown + " on " + day + " but the record says " + expected);
            }
        }

        /** Done to each criterion it is a prerequisite with (the default when none). */
        private boolean done(long exercise, List<CriterionEdge> edges) {
            var criteria = edges.stream().filter(e -> e.required() == exercise).map(CriterionEdge::criterion)
                    .toList();
            return (criteria.isEmpty() ? List.of(Criterion.DEFAULT) : criteria).stream()
                    .allMatch(criterion -> earned(exercise, criterion));
        }

        /** The model's own test: some window of D days held N perfect days of the exercise. */
        private boolean earned(long exercise, Criterion criterion) {
            var perfect = new TreeSet<LocalDate>();
            logged.getOrDefault(exercise, Map.of()).forEach((date, ok) -> {
                if (ok) {
                    perfect.add(date);
                }
            });
            for (var start : perfect) {
                int inWindow = perfect.subSet(start, true, start.plusDays(criterion.windowDays() - 1L), true).size();
                if (inWindow >= criterion.sessions()) {
                    return true;
                }
            }
            return false;
        }

        // --- helpers -----------------------------------------------------------------------------------------------

        private List<CriterionEdge> edges() {
            return progression.criteria();
        }

        private boolean isActive() {
            return plans.get(plan).status() == PlanStatus.ACTIVE;
        }

        private List<Long> currentStage() {
            var content = plans.get(plan).active().content();
            return content.stages().get(Math.min(progress.currentStage(plan), content.stages().size() - 1))
                    .prescriptions().stream().map(p -> p.exerciseId()).toList();
        }

        private int stageIndex(PlanContent content, String key) {
            return content.indexOfStage(key);
        }

        private void step(String what) {
            steps.add(what);
        }

        private void fail(String what) {
            throw new AssertionError("Seed " + seed + ", after step " + steps.size() + ": " + what
                    + "\nSteps:\n  " + String.join("\n  ", steps));
        }
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
