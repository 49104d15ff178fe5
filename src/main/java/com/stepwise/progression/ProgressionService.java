package com.stepwise.progression;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseCopied;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prerequisite graph of the signed-in clinic: the built-in progressions plus the clinic's own. Every change
 * passes the {@link PrerequisiteGraph} checks here, whichever screen, import or API it comes from.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressionService {

    private final PrerequisiteRepository prerequisites;
    private final SignOffRepository signOffs;
    private final ExerciseService exercises;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressionService(PrerequisiteRepository prerequisites, SignOffRepository signOffs, ExerciseService exercises,
                       ClientService clients, CurrentUser currentUser, EntityManager entityManager,
                       ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.prerequisites = prerequisites;
        this.signOffs = signOffs;
        this.exercises = exercises;
        this.clients = clients;
        this.currentUser = currentUser;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The whole graph as this clinic sees it. */
    public PrerequisiteGraph graph() {
        return new PrerequisiteGraph(visible().stream()
                .map(Prerequisite::edge).toList());
    }

    /** Every prerequisite this clinic sees, with its criterion, in one query. */
    public List<CriterionEdge> criteria() {
        return visible().stream()
                .map(p -> new CriterionEdge(p.getRequiredExerciseId(), p.getDependentExerciseId(), p.criterion()))
                .toList();
    }

    /** What must be comfortable before this exercise may be prescribed. */
    public List<PrerequisiteView> requirementsOf(long exerciseId) {
        return touching(exerciseId).stream().filter(p -> p.dependent().id() == exerciseId).toList();
    }

    /** What this exercise unlocks once it is comfortable. */
    public List<PrerequisiteView> unlocksOf(long exerciseId) {
        return touching(exerciseId).stream().filter(p -> p.required().id() == exerciseId).toList();
    }

    private List<PrerequisiteView> touching(long exerciseId) {
        long clinicId = currentUser.clinicId();
        var edges = prerequisites.findVisibleTouching(exerciseId, clinicId);
        var ids = new HashSet<Long>();
        edges.forEach(p -> {
            ids.add(p.getRequiredExerciseId());
            ids.add(p.getDependentExerciseId());
        });
        Map<Long, ExerciseRef> refs = exercises.refs(ids).stream()
                .collect(Collectors.toMap(ExerciseRef::id, Function.identity()));
        return edges.stream()
                .filter(p -> refs.containsKey(p.getRequiredExerciseId())
                        && refs.containsKey(p.getDependentExerciseId()))
                .map(p -> view(p, refs))
                .sorted(Comparator.comparing((PrerequisiteView v) -> v.required().name())
                        .thenComparing(v -> v.dependent().name()))
                .toList();
    }

    /**
     * Records, for this clinic, that {@code dependentId} may be prescribed only once {@code requiredId} is
     * comfortable. Refused, with the reason in words, if it would make an exercise require itself, repeat an
     * existing prerequisite, or close a circle.
     */
    @Transactional
    public PrerequisiteView add(long dependentId, long requiredId, Criterion criterion) {
        long clinicId = currentUser.clinicId();
        var dependent = exercises.findRef(dependentId).orElseThrow(() -> new NotFoundException("That exercise"));
        var required = exercises.findRef(requiredId).orElseThrow(() -> new NotFoundException("That exercise"));
        lockClinicGraph(clinicId);
        var graph = graph();
        graph.check(requiredId, dependentId).ifPresent(refusal -> {
            throw new UserFacingException(explain(refusal, required, dependent));
        });
        var saved = prerequisites.save(new Prerequisite(clinicId, requiredId, dependentId, criterion,
                clock.instant()));
        events.publishEvent(new PrerequisitesChanged(requiredId, dependentId));
        return view(saved, Map.of(requiredId, required, dependentId, dependent));
    }

    /**
     * A copy of an exercise requires what the original requires, as the clinic's own prerequisites (which it can
     * then change like any other), so a copy cannot go where the original could not.
     */
    @EventListener
    void copyPrerequisites(ExerciseCopied copied) {
        long clinicId = currentUser.clinicId();
        for (var edge : prerequisites.findVisibleTouching(copied.originalId(), clinicId)) {
            if (edge.getDependentExerciseId() == copied.originalId()) {
                prerequisites.save(new Prerequisite(clinicId, edge.getRequiredExerciseId(), copied.copyId(),
                        edge.criterion(), clock.instant()));
            }
        }
    }

    /** Removes one of the clinic's own prerequisites; built-in ones are part of the catalogue. */
    @Transactional
    public void remove(long prerequisiteId) {
        var prerequisite = prerequisites.findVisible(prerequisiteId, currentUser.clinicId())
                .orElseThrow(() -> new NotFoundException("That prerequisite"));
        if (prerequisite.isBuiltIn()) {
            throw new UserFacingException("Built-in progressions cannot be removed. You can still override one for a "
                    + "client, with a reason, when you build their plan.");
        }
        prerequisites.delete(prerequisite);
        events.publishEvent(new PrerequisitesChanged(prerequisite.getRequiredExerciseId(),
                prerequisite.getDependentExerciseId()));
    }

    /**
     * Records that the client performs the exercise comfortably, seen by the signed-in clinician, with a note of what
     * was seen. From then on it counts as met for every exercise that requires it, unless pain above the limit or an
     * open red flag outweighs it, until it is withdrawn.
     */
    @Transactional
    public SignOffView recordSignOff(long clientId, long exerciseId, String note) {
        clients.requireInClinic(clientId);
        var exercise = exercises.findRef(exerciseId).orElseThrow(() -> new NotFoundException("That exercise"));
        var text = note == null ? "" : note.strip();
        if (text.length() < 5) {
            throw new UserFacingException("Write what you saw, such as \"Did 10 slow tilts without pain in clinic "
                    + "today\": a sign-off is a clinical observation.");
        }
        if (text.length() > 500) {
            throw new UserFacingException("Keep the sign-off note under 500 characters.");
        }
        var user = currentUser.require();
        var saved = signOffs.save(new SignOff(user.clinicId(), clientId, exerciseId, user.clinicianId(),
                user.displayName(), clock.instant(), text));
        events.publishEvent(new SignOffsChanged(clientId));
        return saved.view(exercise.name());
    }

    /**
     * The client no longer performs the exercise comfortably (or the sign-off was a mistake): it stops counting, and
     * stays in the record with who withdrew it, when and why. Plans that relied on it are flagged for review.
     */
    @Transactional
    public SignOffView withdrawSignOff(long signOffId, String reason) {
        var signOff = signOffs.findInClinic(signOffId, currentUser.clinicId())
                .orElseThrow(() -> new NotFoundException("That sign-off"));
        clients.requireInClinic(signOff.getClientId());
        if (signOff.isWithdrawn()) {
            throw new UserFacingException("This sign-off was already withdrawn.");
        }
        var text = reason == null ? "" : reason.strip();
        if (text.length() < 5 || text.length() > 500) {
            throw new UserFacingException("Give the reason for withdrawing the sign-off, under 500 characters, such "
                    + "as \"Pain came back when she restarted the tilt\".");
        }
        signOff.withdraw(currentUser.require().displayName(), text, clock.instant());
        signOffs.saveAndFlush(signOff);
        events.publishEvent(new SignOffsChanged(signOff.getClientId()));
        return signOff.view(exercises.findRef(signOff.getExerciseId()).map(ExerciseRef::name).orElse("An exercise"));
    }

    /** The client's sign-offs, newest first. */
    public List<SignOffView> signOffsOf(long clientId) {
        clients.requireInClinic(clientId);
        long clinicId = currentUser.clinicId();
        var list = signOffsFor(clientId, clinicId);
        Map<Long, String> names = exercises.refs(list.stream().map(SignOff::getExerciseId).distinct().toList())
                .stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
        return list.stream().map(s -> s.view(names.getOrDefault(s.getExerciseId(), "An exercise"))).toList();
    }

    /**
     * The exercises the client has been signed off as doing comfortably: from the same read as {@link #signOffsOf},
     * so a screen that shows both (the builder) asks once.
     */
    public Set<Long> signedOffExercises(long clientId) {
        clients.requireInClinic(clientId);
        return signOffsFor(clientId, currentUser.clinicId()).stream().filter(s -> !s.isWithdrawn())
                .map(SignOff::getExerciseId).collect(Collectors.toUnmodifiableSet());
    }

    private List<SignOff> signOffsFor(long clientId, long clinicId) {
        return ReadOnce.remember(List.of("signOffs", clientId, clinicId),
                () -> signOffs.findForClient(clientId, clinicId));
    }

    /**
     * Two clinicians adding edges at once could each pass the cycle check and together close a circle. Locking the
     * clinic's row makes additions for one clinic take turns; clinics do not wait for each other.
     */
    private void lockClinicGraph(long clinicId) {
        entityManager.createNativeQuery("select id from clinic where id = :id for update")
                .setParameter("id", clinicId).getResultList();
    }

    private String explain(PrerequisiteGraph.Refusal refusal, ExerciseRef required, ExerciseRef dependent) {
        return switch (refusal) {
            case PrerequisiteGraph.Refusal.SelfRequirement ignored ->
                    "An exercise cannot be its own prerequisite.";
            case PrerequisiteGraph.Refusal.AlreadyRequired ignored ->
                    dependent.name() + " already requires " + required.name() + ".";
            case PrerequisiteGraph.Refusal.Cycle cycle -> cycleMessage(cycle.path(), required, dependent);
        };
    }

    private String cycleMessage(List<Long> path, ExerciseRef required, ExerciseRef dependent) {
        var names = exercises.refs(path).stream().collect(Collectors.toMap(ExerciseRef::id, ExerciseRef::name));
        var via = path.subList(1, path.size() - 1).stream().map(id -> names.getOrDefault(id, "another exercise"))
                .toList();
        String route = via.isEmpty() ? "directly" : "via " + String.join(", then ", via);
        return dependent.name() + " already leads to " + required.name() + " " + route + ". Making "
                + dependent.name() + " require " + required.name() + " would close a circle in which neither "
                + "could ever be prescribed.";
    }

    private static PrerequisiteView view(Prerequisite p, Map<Long, ExerciseRef> refs) {
        return new PrerequisiteView(p.getId(), refs.get(p.getRequiredExerciseId()),
                refs.get(p.getDependentExerciseId()), p.criterion(), p.isBuiltIn());
    }

    /** The clinic's prerequisites and the built-in ones. */
    private List<Prerequisite> visible() {
        long clinicId = currentUser.clinicId();
        return ReadOnce.remember(List.of("prerequisites", clinicId), () -> prerequisites.findVisible(clinicId));
    }
}
