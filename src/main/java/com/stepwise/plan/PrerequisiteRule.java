package com.stepwise.plan;

import com.stepwise.progression.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heart of Stepwise, as plain Java: an exercise may stand in a stage only if each of its prerequisites is
 * already met by the client (a sign-off) or stands in an earlier stage of the same plan, unless a clinician has
 * overridden it with a reason.
 */
public final class PrerequisiteRule {

    /** An exercise whose prerequisites are not met where it stands. */
    public record Violation(String prescriptionKey, int stageIndex, long exerciseId, List<Long> missing,
                            boolean overridden) {
    }

    private final PrerequisiteGraph graph;
    private final Set<Long> metByClient;

    public PrerequisiteRule(PrerequisiteGraph graph, Set<Long> metByClient) {
        this.graph = graph;
        this.metByClient = Set.copyOf(metByClient);
    }

    /** Every exercise with an unmet prerequisite, overridden or not, in plan order. */
    public List<Violation> unmet(PlanContent content) {
        var result = new ArrayList<Violation>();
        var earlier = new HashSet<>(metByClient);
        for (int stage = 0; stage < content.stages().size(); stage++) {
            var prescriptions = content.stages().get(stage).prescriptions();
            for (var prescription : prescriptions) {
                var missing = graph.missingFor(prescription.exerciseId(), earlier);
                if (!missing.isEmpty()) {
                    result.add(new Violation(prescription.key(), stage, prescription.exerciseId(), missing,
                            prescription.override() != null));
                }
            }
            prescriptions.forEach(p -> earlier.add(p.exerciseId()));
        }
        return result;
    }

    /** The violations nobody has overridden: a plan with any of these may not become active. */
    public List<Violation> unresolved(PlanContent content) {
        return unmet(content).stream().filter(v -> !v.overridden()).toList();
    }

    /**
     * The unresolved violations a change would add: those of exercises that were fine, or overridden, before it.
     * A change may leave alone problems it did not cause (a sign-off withdrawn, a prerequisite added since), but
     * it may not create new ones.
     */
    public List<Violation> introducedBy(PlanContent before, PlanContent after) {
        Set<String> alreadyUnresolved = unresolved(before).stream().map(Violation::prescriptionKey)
                .collect(Collectors.toSet());
        return unresolved(after).stream().filter(v -> !alreadyUnresolved.contains(v.prescriptionKey())).toList();
    }

    /** Every exercise that is a prerequisite of something: the names a screen may need to explain a lock. */
    public Set<Long> prerequisiteExercises() {
        return graph.edges().stream().map(PrerequisiteGraph.Edge::required).collect(Collectors.toSet());
    }

    /** Whether an exercise could be added to the given stage without a new violation. */
    public List<Long> missingIfAddedTo(PlanContent content, int stageIndex, long exerciseId) {
        var earlier = new HashSet<>(metByClient);
        for (int stage = 0; stage < stageIndex; stage++) {
            content.stages().get(stage).prescriptions().forEach(p -> earlier.add(p.exerciseId()));
        }
        return graph.missingFor(exerciseId, earlier);
    }
}
