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

    List<HistoryEntry> of(long planId) {
        var reader = AuditReaderFactory.get(entityManager);
        var entries = new ArrayList<HistoryEntry>();

        @SuppressWarnings("unchecked")
        List<Object[]> planRevisions = reader.createQuery().forRevisionsOfEntity(Plan.class, false, true)
                .add(AuditEntity.id().eq(planId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Plan previousPlan = null;
        for (Object[] row : planRevisions) {
            var plan = (Plan) row[0];
            var revision = (AuditRevision) row[1];
            for (String change : planChanges(previousPlan, plan, (RevisionType) row[2])) {
                entries.add(new HistoryEntry(revision.at(), revision.clinicianName(), change));
            }
            previousPlan = plan;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> versionRevisions = reader.createQuery().forRevisionsOfEntity(PlanVersion.class, false, true)
                .add(AuditEntity.property("planId").eq(planId)).addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var names = exerciseNames(versionRevisions);
        Map<Integer, PlanVersion> previousByNumber = new HashMap<>();
        for (Object[] row : versionRevisions) {
            var version = (PlanVersion) row[0];
            var revision = (AuditRevision) row[1];
            var previous = previousByNumber.put(version.getNumber(), version);
            for (String change : versionChanges(previous, version, names)) {
                entries.add(new HistoryEntry(revision.at(), revision.clinicianName(), change));
            }
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
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
        if (before == null) {
            if (after.getNumber() > 1) {
                changes.add("Started version " + after.getNumber() + " (changes to the active plan)");
            }
            changes.addAll(ContentChanges.between(PlanContent.empty(), after.getContent(),
                    id -> names.getOrDefault(id, "an exercise")));
            return changes;
        }
        changes.addAll(ContentChanges.between(before.getContent(), after.getContent(),
                id -> names.getOrDefault(id, "an exercise")));
        if (before.getState() != after.getState() && after.getState() == VersionState.ACTIVE) {
            changes.add("Activated version " + after.getNumber());
        }
        return changes;
    }

    private Map<Long, String> exerciseNames(List<Object[]> versionRevisions) {
        var ids = new HashSet<Long>();
        for (Object[] row : versionRevisions) {
            ((PlanVersion) row[0]).getContent().prescriptions().forEach(p -> {
                ids.add(p.exerciseId());
                p.overrides().forEach(o -> ids.add(o.requiredExerciseId()));
            });
        }
        var names = new HashMap<Long, String>();
        exercises.refs(ids).forEach((ExerciseRef ref) -> names.put(ref.id(), ref.name()));
        return names;
    }
}
