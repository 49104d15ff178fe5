package com.stepwise.plan;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.progression.PrerequisitesChanged;
import com.stepwise.progression.ProgressionService;
import com.stepwise.progression.SignOffsChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and templates, and the one door through which their content changes. Every save, whether from the builder,
 * a template, a reorder or a removal, passes {@link PrerequisiteRule}: a change may not put an exercise before its
 * prerequisites unless an override with a reason covers it, and no plan with an unresolved problem becomes active.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanService {

    private final PlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanTemplateRepository templates;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final ProgressionService progression;
    private final PlanHistory history;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanVersionRepository versions, PlanTemplateRepository templates,
                ClientService clients, ExerciseService exercises, ProgressionService progression,
                PlanHistory history, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.history = history;
        this.plans = plans;
        this.versions = versions;
        this.templates = templates;
        this.clients = clients;
        this.exercises = exercises;
        this.progression = progression;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The client's plans with their latest versions: two queries, however many plans. */
    public List<PlanSummary> plansOf(long clientId) {
        clients.requireInClinic(clientId);
        var clientPlans = plansFor(clientId);
        var planIds = clientPlans.stream().map(Plan::getId).toList();
        Map<Long, List<PlanVersion>> versionsByPlan = ReadOnce.remember(List.of("versionsOfPlans", planIds),
                () -> versions.findForPlans(planIds)).stream().collect(Collectors.groupingBy(PlanVersion::getPlanId));
        long clinicId = currentUser.clinicId();
        for (var plan : clientPlans) {
            // The page goes on to ask about the active plan and its versions; this read has answered both.
            ReadOnce.know(List.of("plan", plan.getId(), clinicId), java.util.Optional.of(plan));
            ReadOnce.know(List.of("planVersions", plan.getId()), versionsByPlan.get(plan.getId()));
        }
        return clientPlans.stream().map(plan -> {
            var version = versionsByPlan.get(plan.getId()).getFirst();
            var content = version.getContent();
            return new PlanSummary(plan.getId(), plan.getClientId(), plan.getTitle(), plan.getGoal(),
                    plan.getStatus(), content.stages().size(), content.exerciseCount(),
                    (int) content.prescriptions().filter(p -> !p.overrides().isEmpty()).count(), version.getNumber(),
                    plan.getStatus() == PlanStatus.ACTIVE && version.getState() == VersionState.DRAFT,
                    plan.getUpdatedAt());
        }).toList();
    }

    /** The plan the client follows now, if any: what is kept about them for the Today list. One query. */
    public java.util.Optional<ActivePlan> activePlanOf(long clientId) {
        return plans.findActiveOf(clientId, currentUser.clinicId());
    }

    public PlanDetails get(long planId) {
        return details(plan(planId));
    }

    /**
     * Who changed what and when, newest first: the plan, its stages, prescriptions, doses and overrides, and the
     * client's sign-offs, which change what the plan may hold. Only the newest part: the changes of the last
     * {@code revisions} saves (ask again with more for older ones), so a long history costs no more to open.
     */
    public HistoryPage history(long planId, int revisions) {
        var plan = plan(planId);
        var page = history.of(plan.getId(), revisions);
        var entries = new ArrayList<>(page.entries());
        progression.signOffsOf(plan.getClientId()).forEach(signOff -> {
            entries.add(new HistoryEntry(signOff.signedAt(), signOff.signedBy(), "Recorded that the client performs "
                    + signOff.exerciseName() + " comfortably" + (signOff.note() == null ? ""
                    : ": \"" + signOff.note() + "\"")));
            if (!signOff.current()) {
                entries.add(new HistoryEntry(signOff.withdrawn().at(), signOff.withdrawn().by(), "Withdrew the "
                        + "sign-off of " + signOff.exerciseName() + ": \"" + signOff.withdrawn().reason() + "\""));
            }
        });
        entries.removeIf(entry -> page.hasOlder() && entry.at().isBefore(page.from()));
        entries.sort(java.util.Comparator.comparing(HistoryEntry::at).reversed());
        return new HistoryPage(entries, page.from());
    }

    /** The rule as it applies to this client now: the clinic's prerequisite graph and the client's sign-offs. */
    public PrerequisiteRule ruleFor(long clientId) {
        return new PrerequisiteRule(progression.graph(), progression.signedOffExercises(clientId));
    }

    /** Every exercise of the plan's latest version that stands before its prerequisites, overridden or not. */
    public List<PlanProblem> problems(long planId) {
        var plan = plan(planId);
        var content = latest(plan).getContent();
        return explain(ruleFor(plan.getClientId()).unmet(content));
    }

    /** What saving {@code after} over {@code before} would be refused for, explained; empty if it is allowed. */
    public List<PlanProblem> problemsIntroduced(long clientId, PlanContent before, PlanContent after) {
        return explain(ruleFor(clientId).introducedBy(before, after));
    }

    // --- plans -----------------------------------------------------------------------------------------------

    /**
     * Starts a draft plan for a client, empty or from one of the clinic's templates. A template is checked like any
     * other change: it may not place an exercise before a prerequisite this client has not met.
     */
    @Transactional
    public long create(long clientId, String title, String goal, Long templateId) {
        clients.requireInClinic(clientId);
        checkDescription(title, goal);
        var content = templateId == null ? PlanContent.firstStage() : template(templateId).getContent();
        checkExercisesVisible(content);
        refuseRepeats(content);
        refuseNewArchived(PlanContent.empty(), content);
        refuseIfIntroduced(clientId, PlanContent.empty(), content);
        var plan = plans.save(new Plan(currentUser.clinicId(), clientId, title, goal, clock.instant()));
        versions.save(new PlanVersion(plan.getId(), 1, stamped(PlanContent.empty(), content), clock.instant(),
                currentUser.require().displayName()));
        return plan.getId();
    }

    /**
     * Saves new content over the plan's latest version, opened at {@code openedVersion}. Refused if a colleague saved
     * in between, or if the change puts an exercise before its prerequisites without an override. An active
     * version is never changed: the first edit after activation starts a new draft version.
     */
    @Transactional
    public PlanDetails save(long planId, long openedVersion, PlanContent content) {
        var plan = openForChange(planId, openedVersion);
        var latest = latest(plan);
        checkExercisesVisible(content);
        refuseRepeats(content);
        refuseNewArchived(latest.getContent(), content);
        checkTexts(content);
        refuseIfIntroduced(plan.getClientId(), latest.getContent(), content);
        var stampedContent = stamped(latest.getContent(), content);
        if (latest.getState() == VersionState.DRAFT) {
            latest.replaceContent(stampedContent);
        } else {
            versions.save(new PlanVersion(plan.getId(), latest.getNumber() + 1, stampedContent, clock.instant(),
                    currentUser.require().displayName()));
        }
        plan.touch(clock.instant());
        return flush(plan);
    }

    @Transactional
    public PlanDetails describe(long planId, long openedVersion, String title, String goal) {
        checkDescription(title, goal);
        var plan = openForChange(planId, openedVersion);
        plan.describe(title, goal, clock.instant());
        return flush(plan);
    }

    /**
     * Makes the latest draft the plan the client follows. Refused while any exercise stands before its
     * prerequisites without an override, or while the plan prescribes nothing.
     */
    @Transactional
    public PlanDetails activate(long planId, long openedVersion) {
        var plan = openForChange(planId, openedVersion);
        var all = versionsOf(plan.getId());
        var latest = all.getFirst();
        if (latest.getState() != VersionState.DRAFT) {
            throw new UserFacingException("Version " + latest.getNumber() + " is already active; there are no "
                    + "changes to activate.");
        }
        if (latest.getContent().exerciseCount() == 0) {
            throw new UserFacingException("Add at least one exercise before activating the plan.");
        }
        refuseRepeats(latest.getContent());
        latest.getContent().stages().stream().filter(stage -> stage.prescriptions().isEmpty()).findFirst()
                .ifPresent(empty -> {
                    throw new UserFacingException("The stage \"" + empty.name() + "\" has no exercises: add some or "
                            + "remove the stage before activating, so the client never reaches an empty stage.");
                });
        if (plan.getStatus() != PlanStatus.ACTIVE) {
            plansFor(plan.getClientId()).stream()
                    .filter(other -> other.getStatus() == PlanStatus.ACTIVE && !other.equals(plan)).findFirst()
                    .ifPresent(other -> {
                        throw new UserFacingException("The client already follows \"" + other.getTitle() + "\". "
                                + "Mark that plan completed or archive it first: a client follows one plan at a time, "
                                + "so the paper sheet and the review always know which.");
                    });
        }
        var unresolved = explain(ruleFor(plan.getClientId()).unresolved(latest.getContent()));
        if (!unresolved.isEmpty()) {
            throw new PlanRefusedException("The plan cannot be activated yet. " + unresolved.getFirst().message()
                    + (unresolved.size() > 1 ? " (" + (unresolved.size() - 1) + " more exercise"
                    + (unresolved.size() > 2 ? "s have" : " has") + " the same problem.)" : ""), unresolved);
        }
        var previous = all.stream().filter(v -> v.getState() == VersionState.ACTIVE).findFirst()
                .map(PlanVersion::getContent).orElse(null);
        all.stream().filter(v -> v.getState() == VersionState.ACTIVE).forEach(PlanVersion::supersede);
        var ids = latest.getContent().prescriptions().map(PrescriptionContent::exerciseId).collect(Collectors.toSet());
        var instructions = new HashMap<Long, PrescribedInstructions>();
        exercises.details(ids).forEach(e -> instructions.put(e.id(), new PrescribedInstructions(e.name(), e.purpose(),
                e.steps(), e.cautions(), e.illustration())));
        latest.activate(clock.instant(), currentUser.require().displayName(), instructions);
        plan.changeStatus(PlanStatus.ACTIVE, clock.instant());
        flush(plan);
        reviewActive(plan, latest.getContent());
        events.publishEvent(new PlanActivated(plan.getId(), plan.getClientId(), latest.getNumber(), previous,
                latest.getContent()));
        return get(plan.getId());
    }

    /** The client finished the plan; it stays readable with all its versions. */
    @Transactional
    public PlanDetails complete(long planId, long openedVersion) {
        var plan = openForChange(planId, openedVersion);
        plan.changeStatus(PlanStatus.COMPLETED, clock.instant());
        var details = flush(plan);
        events.publishEvent(new PlanChanged(plan.getId(), plan.getClientId()));
        return details;
    }

    /** Plans are never deleted: archived, they leave the client's current plans and stay in the history. */
    @Transactional
    public PlanDetails archive(long planId, long openedVersion) {
        var plan = openForChange(planId, openedVersion);
        boolean wasActive = plan.getStatus() == PlanStatus.ACTIVE;
        plan.changeStatus(PlanStatus.ARCHIVED, clock.instant());
        var details = flush(plan);
        if (wasActive) {
            events.publishEvent(new PlanChanged(plan.getId(), plan.getClientId()));
        }
        return details;
    }

    // --- review of active plans -------------------------------------------------------------------------------

    /** The client's sign-offs changed: a withdrawn one may leave an active plan with an unmet prerequisite. */
    @EventListener
    void reviewAfterSignOffs(SignOffsChanged changed) {
        plansFor(changed.clientId()).stream()
                .filter(plan -> plan.getStatus() == PlanStatus.ACTIVE)
                .forEach(plan -> reviewActive(plan, activeContent(plan)));
    }

    /**
     * A prerequisite of an exercise was added or removed: every active plan of the clinic that holds the exercise is
     * checked again. (It reads the clinic's active versions; a prerequisite changes rarely.)
     */
    @EventListener
    void reviewAfterPrerequisites(PrerequisitesChanged changed) {
        activeHolding(changed.dependentExerciseId()).forEach((plan, content) -> reviewActive(plan, content));
    }

    /** The active plans of the clinic whose active version prescribes the exercise. */
    public List<Long> activePlansHolding(long exerciseId) {
        return activeHolding(exerciseId).keySet().stream().map(Plan::getId).toList();
    }

    private Map<Plan, PlanContent> activeHolding(long exerciseId) {
        var active = plans.findActivePlans(currentUser.clinicId());
        var result = new java.util.LinkedHashMap<Plan, PlanContent>();
        var byId = active.stream().collect(Collectors.toMap(Plan::getId, Function.identity()));
        if (byId.isEmpty()) {
            return result;
        }
        versions.findForPlans(byId.keySet()).stream().filter(v -> v.getState() == VersionState.ACTIVE)
                .filter(v -> v.getContent().prescriptions().anyMatch(p -> p.exerciseId() == exerciseId))
                .forEach(v -> result.put(byId.get(v.getPlanId()), v.getContent()));
        return result;
    }

    /**
     * Whether the plan's active version still meets the prerequisite rule for this client; if not, a note of what
     * to review, shown on the plan page and on Today until a clinician resolves it (a new version with the exercise
     * placed after it or overridden, or a sign-off).
     */
    private void reviewActive(Plan plan, PlanContent content) {
        var problems = explain(ruleFor(plan.getClientId()).unresolved(content));
        String note = problems.isEmpty() ? null : problems.stream()
                .map(p -> p.exercise().name() + " needs " + p.missingNames() + " first")
                .collect(Collectors.joining("; "));
        if (note != null && note.length() > 300) {
            note = note.substring(0, 299) + "…";
        }
        if (!java.util.Objects.equals(note, plan.getReviewNote())) {
            plan.noteForReview(note);
            plans.save(plan);
            events.publishEvent(new PlanChanged(plan.getId(), plan.getClientId()));
        }
    }

    private PlanContent activeContent(Plan plan) {
        return versionsOf(plan.getId()).stream().filter(v -> v.getState() == VersionState.ACTIVE)
                .findFirst().map(PlanVersion::getContent).orElse(PlanContent.empty());
    }

    // --- templates -------------------------------------------------------------------------------------------

    public List<TemplateView> templates() {
        return templates.findActive(currentUser.clinicId()).stream().map(PlanTemplate::view).toList();
    }

    /** Saves the plan's latest content as a clinic template, without overrides (they belonged to one client). */
    @Transactional
    public long saveAsTemplate(long planId, String name) {
        var plan = plan(planId);
        return createTemplate(name, plan.getGoal(), latest(plan).getContent());
    }

    /**
     * A template must make sense for a client with no sign-offs: every exercise's prerequisites in an earlier
     * stage. Overrides are dropped; they are decisions about one client.
     */
    @Transactional
    public long createTemplate(String name, String goal, PlanContent content) {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("Give the template a name, such as \"Low back, gentle start\".");
        }
        if (name.strip().length() > 120) {
            throw new UserFacingException("Keep the template name under 120 characters.");
        }
        var withoutOverrides = content.withoutAnyOverride();
        checkExercisesVisible(withoutOverrides);
        refuseRepeats(withoutOverrides);
        refuseNewArchived(PlanContent.empty(), withoutOverrides);
        var problems = explain(new PrerequisiteRule(progression.graph(), java.util.Set.of())
                .unresolved(withoutOverrides));
        if (!problems.isEmpty()) {
            throw new PlanRefusedException("A template must work for a client with no sign-offs. "
                    + problems.getFirst().message(), problems);
        }
        return templates.save(new PlanTemplate(currentUser.clinicId(), name, goal, withoutOverrides,
                clock.instant())).getId();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private Plan plan(long planId) {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("plan", planId, clinicId), () -> plans.findInClinic(planId, clinicId))
                .orElseThrow(() -> new NotFoundException("This plan"));
    }

    /** The plan's versions, newest first. */
    private List<PlanVersion> versionsOf(long planId) {
        return ReadOnce.remember(List.of("planVersions", planId), () -> versions.findForPlan(planId));
    }

    private List<Plan> plansFor(long clientId) {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("plansOfClient", clientId, clinicId),
                () -> plans.findForClient(clientId, clinicId));
    }

    private PlanTemplate template(long templateId) {
        return templates.findInClinic(templateId, currentUser.clinicId()).orElseThrow(() -> new NotFoundException(
                "That template"));
    }

    private PlanVersion latest(Plan plan) {
        return versionsOf(plan.getId()).getFirst();
    }

    private Plan openForChange(long planId, long openedVersion) {
        var plan = plan(planId);
        if (plan.getVersion() != openedVersion) {
            throw new ConcurrentEditException("This plan");
        }
        if (plan.getStatus() == PlanStatus.ARCHIVED) {
            throw new UserFacingException("This plan is archived and can no longer be changed. Start a new plan, "
                    + "or save this one as a template first.");
        }
        return plan;
    }

    private PlanDetails flush(Plan plan) {
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException("This plan");
        } catch (org.springframework.dao.DataIntegrityViolationException twoActive) {
            throw new UserFacingException("Another plan of this client was activated at the same moment. A client "
                    + "follows one plan at a time: reload to see which.");
        }
        return details(plan);
    }

    private PlanDetails details(Plan plan) {
        var all = versionsOf(plan.getId()).stream().map(PlanVersion::view).toList();
        var active = all.stream().filter(v -> v.state() == VersionState.ACTIVE).findFirst().orElse(null);
        return new PlanDetails(plan.getId(), plan.getVersion(), plan.getClientId(), plan.getTitle(), plan.getGoal(),
                plan.getStatus(), all.getFirst(), active, all, plan.getReviewNote(), plan.getUpdatedAt());
    }

    private void refuseIfIntroduced(long clientId, PlanContent before, PlanContent after) {
        var problems = problemsIntroduced(clientId, before, after);
        if (!problems.isEmpty()) {
            throw new PlanRefusedException(problems.getFirst().message(), problems);
        }
    }

    /**
     * New overrides are stamped with who and when. An override already given keeps its original author and time: one
     * standing before the change on the same exercise, for the same prerequisite, with the same reason (compared by
     * content, never by the keys a caller sends, so a stamp cannot be borrowed).
     */
    private PlanContent stamped(PlanContent before, PlanContent after) {
        var user = currentUser.require();
        var given = new ArrayList<Map.Entry<Long, PrerequisiteOverride>>();
        before.prescriptions().forEach(p -> p.overrides().forEach(o -> given.add(Map.entry(p.exerciseId(), o))));
        var result = after;
        for (var prescription : after.prescriptions().toList()) {
            for (var override : prescription.overrides()) {
                if (override.requiredExerciseId() == null) {
                    throw new UserFacingException("Say which prerequisite the override is for.");
                }
                var kept = given.stream().filter(e -> e.getKey() == prescription.exerciseId()
                        && e.getValue().sameDecisionAs(override) && e.getValue().at() != null)
                        .map(Map.Entry::getValue).findFirst();
                result = result.withOverride(prescription.key(), kept.orElseGet(() ->
                        override.stamped(user.clinicianId(), user.displayName(), clock.instant())));
            }
        }
        return result;
    }

    private void checkExercisesVisible(PlanContent content) {
        var ids = content.prescriptions().map(PrescriptionContent::exerciseId).collect(Collectors.toSet());
        if (exercises.refs(ids).size() != ids.size()) {
            throw new NotFoundException("An exercise in this plan");
        }
    }

    /**
     * Each stage prescribes an exercise once, whatever path built the content (see
     * {@link PlanContent#repeatedInAStage}).
     */
    private void refuseRepeats(PlanContent content) {
        content.repeatedInAStage().ifPresent(repeat -> {
            var stage = content.stages().get(repeat.stageIndex());
            String name = exercises.refs(java.util.Set.of(repeat.exerciseId())).stream().findFirst()
                    .map(ExerciseRef::name).orElse("An exercise");
            throw new UserFacingException(name + " stands twice in \"" + stage.name() + "\". Remove one and change the "
                    + "other's dose instead: a stage prescribes each exercise once.");
        });
    }

    /**
     * An archived exercise stays wherever it was prescribed, but is never added again: counted by exercise, so moving
     * one within the plan is fine and a second copy of it is not.
     */
    private void refuseNewArchived(PlanContent before, PlanContent after) {
        var counts = new HashMap<Long, Long>();
        before.prescriptions().forEach(p -> counts.merge(p.exerciseId(), 1L, Long::sum));
        var added = new java.util.HashSet<Long>();
        after.prescriptions().forEach(p -> {
            if (counts.merge(p.exerciseId(), -1L, Long::sum) < 0) {
                added.add(p.exerciseId());
            }
        });
        exercises.refs(added).stream().filter(ExerciseRef::archived).findFirst().ifPresent(archived -> {
            throw new UserFacingException(archived.name() + " is archived and cannot be added to a plan. Restore it "
                    + "in the library first, or choose another exercise.");
        });
    }

    private static void checkTexts(PlanContent content) {
        for (var stage : content.stages()) {
            if (stage.name().length() > 80) {
                throw new UserFacingException("Keep stage names under 80 characters.");
            }
            if (stage.notes().length() > 1000) {
                throw new UserFacingException("Keep stage notes under 1,000 characters.");
            }
            if (stage.prescriptions().stream().anyMatch(p -> p.notes().length() > 1000)) {
                throw new UserFacingException("Keep notes for the client under 1,000 characters.");
            }
            if (stage.prescriptions().stream().anyMatch(p -> p.restSeconds() != null
                    && (p.restSeconds() < 0 || p.restSeconds() > PrescriptionContent.MAX_REST_SECONDS))) {
                throw new UserFacingException("Rest between rounds must be between 0 and "
                        + PrescriptionContent.MAX_REST_SECONDS + " seconds.");
            }
        }
    }

    private static void checkDescription(String title, String goal) {
        if (title == null || title.isBlank()) {
            throw new UserFacingException("Give the plan a title, such as \"Back to gardening\".");
        }
        if (title.strip().length() > 120) {
            throw new UserFacingException("Keep the plan title under 120 characters.");
        }
        if (goal != null && goal.strip().length() > 500) {
            throw new UserFacingException("Keep the goal under 500 characters.");
        }
    }

    private List<PlanProblem> explain(List<PrerequisiteRule.Violation> violations) {
        if (violations.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<Long>();
        violations.forEach(v -> {
            ids.add(v.exerciseId());
            ids.addAll(v.missing());
        });
        Map<Long, ExerciseRef> refs = names(ids);
        return violations.stream().map(v -> new PlanProblem(v.prescriptionKey(), v.stageIndex(),
                refs.get(v.exerciseId()), v.missing().stream().map(refs::get).toList(),
                v.uncovered().stream().map(refs::get).toList())).toList();
    }

    private Map<Long, ExerciseRef> names(Collection<Long> ids) {
        var map = new HashMap<Long, ExerciseRef>(exercises.refs(ids).stream()
                .collect(Collectors.toMap(ExerciseRef::id, Function.identity())));
        ids.forEach(id -> map.putIfAbsent(id, new ExerciseRef(id, "unknown", "another exercise", false, false, false)));
        return map;
    }
}
