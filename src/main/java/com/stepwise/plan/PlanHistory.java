package com.stepwise.plan;

import com.stepwise.base.audit.AuditRevision;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * Reads a plan's audit trail from Hibernate Envers (every revision of the plan and of its versions, each with the
 * clinician who made it) and tells it in sentences, newest first.
 */
@Component
class PlanHistory {

    private final EntityManager entityManager;
    private final ExerciseService exercises;

    PlanHistory(EntityManager entityManager, ExerciseService exercises) {
        this.entityManager = entityManager;
        this.exercises = exercises;
    }

    /**
     * The plan's newest changes: those of its last {@code revisions} revisions and of its versions' last
     * {@code revisions} revisions, newest first, each diffed with the revision before it (read for the oldest shown).
     * The cost follows what is shown, not the length of the history.
     */
    HistoryPage of(long planId, int revisions) {
        var reader = AuditReaderFactory.get(entityManager);
        var entries = new ArrayList<HistoryEntry>();

        var planRows = newest(reader.createQuery().forRevisionsOfEntity(Plan.class, false, true)
                .add(AuditEntity.id().eq(planId)), revisions);
        Plan previousPlan = planRows.before().isEmpty() ? null : (Plan) planRows.before().getFirst()[0];
        for (Object[] row : planRows.shown()) {
            var plan = (Plan) row[0];
            var revision = (AuditRevision) row[1];
            for (String change : planChanges(previousPlan, plan, (RevisionType) row[2])) {
                entries.add(new HistoryEntry(revision.at(), revision.clinicianName(), change));
            }
            previousPlan = plan;
        }

        var versionRows = newest(reader.createQuery().forRevisionsOfEntity(PlanVersion.class, false, true)
                .add(AuditEntity.property("planId").eq(planId)), revisions);
        Map<Integer, PlanVersion> previousByNumber = new HashMap<>();
        if (versionRows.cut()) {
            // Each version shown diffs with its own last revision before the window, whenever that was.
            var ids = versionRows.shown().stream().map(row -> ((PlanVersion) row[0]).getId()).distinct().toList();
            Number first = ((AuditRevision) versionRows.shown().getFirst()[1]).getId();
            @SuppressWarnings("unchecked")
            List<PlanVersion> before = reader.createQuery().forRevisionsOfEntity(PlanVersion.class, true, false)
                    .add(AuditEntity.id().in(ids))
                    .add(AuditEntity.revisionNumber().maximize().computeAggregationInInstanceContext()
                            .add(AuditEntity.revisionNumber().lt(first)))
                    .getResultList();
            before.forEach(version -> previousByNumber.put(version.getNumber(), version));
        }
        var copiedFrom = copiedFrom(planId, versionRows.shown(), previousByNumber);
        var names = exerciseNames(java.util.stream.Stream.concat(
                versionRows.shown().stream().map(row -> (PlanVersion) row[0]), copiedFrom.values().stream()));
        for (Object[] row : versionRows.shown()) {
            var version = (PlanVersion) row[0];
            var revision = (AuditRevision) row[1];
            var previous = previousByNumber.put(version.getNumber(), version);
            if (previous == null && version.getNumber() > 1) {
                // A new version starts as a copy of the one before it: tell what differs from that.
                previous = previousByNumber.getOrDefault(version.getNumber() - 1,
                        copiedFrom.get(version.getNumber() - 1));
            }
            for (String change : versionChanges(previous, version, names)) {
                entries.add(new HistoryEntry(revision.at(), revision.clinicianName(), change));
            }
        }
        // Where one kind was cut, show the other only as far back, so nothing older seems missing in between.
        var from = java.util.stream.Stream.of(planRows, versionRows).filter(Rows::cut)
                .map(rows -> ((AuditRevision) rows.shown().getFirst()[1]).at()).max(Comparator.naturalOrder());
        entries.removeIf(entry -> from.isPresent() && entry.at().isBefore(from.get()));
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return new HistoryPage(entries, from.orElse(null));
    }

    /**
     * The versions that new versions in these rows were copied from, where the rows do not show them. A version is
     * copied from the active one, which no longer changes, so its current state is the state it was copied in.
     */
    private Map<Integer, PlanVersion> copiedFrom(long planId, List<Object[]> rows, Map<Integer, PlanVersion> known) {
        var seen = new HashSet<>(known.keySet());
        var numbers = new HashSet<Integer>();
        for (Object[] row : rows) {
            int number = ((PlanVersion) row[0]).getNumber();
            if (row[2] == RevisionType.ADD && number > 1 && !seen.contains(number - 1)) {
                numbers.add(number - 1);
            }
            seen.add(number);
        }
        var copied = new HashMap<Integer, PlanVersion>();
        if (!numbers.isEmpty()) {
            entityManager.createQuery("select v from PlanVersion v where v.planId = :plan and v.number in :numbers",
                            PlanVersion.class).setParameter("plan", planId).setParameter("numbers", numbers)
                    .getResultList().forEach(v -> copied.put(v.getNumber(), v));
        }
        return copied;
    }

    /** The last {@code count} revisions of a query, oldest first, and the one before them if there is one. */
    @SuppressWarnings("unchecked")
    private static Rows newest(org.hibernate.envers.query.AuditQuery query, int count) {
        List<Object[]> rows = new ArrayList<>(query.addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(count + 1).getResultList());
        boolean cut = rows.size() > count;
        List<Object[]> before = cut ? List.<Object[]>of(rows.removeLast()) : List.of();
        java.util.Collections.reverse(rows);
        return new Rows(rows, cut, before);
    }

    private record Rows(List<Object[]> shown, boolean cut, List<Object[]> before) {
    }

    private static List<String> planChanges(Plan before, Plan after, RevisionType type) {
        if (type == RevisionType.ADD || before == null) {
            return List.of("Started the plan \"" + after.getTitle() + "\"");
        }
        var changes = new ArrayList<String>();
        if (!before.getTitle().equals(after.getTitle())) {
            changes.add("Renamed the plan to \"" + after.getTitle() + "\"");
        }
        if (!Objects.equals(before.getGoal(), after.getGoal())) {
            changes.add("Changed the goal to \"" + Objects.requireNonNullElse(after.getGoal(), "") + "\"");
        }
        if (before.getStatus() != after.getStatus() && after.getStatus() != PlanStatus.ACTIVE) {
            changes.add("Marked the plan " + after.getStatus().label().toLowerCase());
        }
        return changes;
    }

    private static List<String> versionChanges(PlanVersion before, PlanVersion after, Map<Long, String> names) {
        var changes = new ArrayList<String>();
        if (before == null || before.getNumber() != after.getNumber()) {
            if (after.getNumber() > 1) {
                changes.add("Started version " + after.getNumber() + " (changes to the active plan)");
            }
            changes.addAll(ContentChanges.between(before == null ? PlanContent.empty() : before.getContent(),
                    after.getContent(), id -> names.getOrDefault(id, "an exercise")));
            return changes;
        }
        changes.addAll(ContentChanges.between(before.getContent(), after.getContent(),
                id -> names.getOrDefault(id, "an exercise")));
        if (before.getState() != after.getState() && after.getState() == VersionState.ACTIVE) {
            changes.add("Activated version " + after.getNumber());
        }
        return changes;
    }

    private Map<Long, String> exerciseNames(java.util.stream.Stream<PlanVersion> versions) {
        var ids = new HashSet<Long>();
        versions.forEach(version -> version.getContent().prescriptions().forEach(p -> {
            ids.add(p.exerciseId());
            p.overrides().forEach(o -> ids.add(o.requiredExerciseId()));
        }));
        var names = new HashMap<Long, String>();
        exercises.refs(ids).forEach((ExerciseRef ref) -> names.put(ref.id(), ref.name()));
        return names;
    }
}
