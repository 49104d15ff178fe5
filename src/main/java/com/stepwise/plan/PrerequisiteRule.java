package com.stepwise.plan;

import com.stepwise.progression.PrerequisiteGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The heart of Stepwise, as plain Java: an exercise may stand in a stage only if each of its prerequisites is
 * already met by the client (a sign-off) or stands in an earlier stage of the same plan, unless a clinician has
 * overridden that very prerequisite with a reason.
 */
public final class PrerequisiteRule {

    /**
     * An exercise whose prerequisites are not met where it stands: every one {@code missing}, and those of them no
     * override covers ({@code uncovered}). The prescription key only locates it on screen.
     */
    public record Violation(String prescriptionKey, int stageIndex, long exerciseId, List<Long> missing,
                            List<Long> uncovered) {

        public Violation {
            missing = List.copyOf(missing);
            uncovered = List.copyOf(uncovered);
        }

        /** Every missing prerequisite is covered by an override naming it. */
        public boolean overridden() {
            return uncovered.isEmpty();
        }
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
                    var uncovered = missing.stream().filter(required -> prescription.overrideOf(required).isEmpty())
                            .toList();
                    result.add(new Violation(prescription.key(), stage, prescription.exerciseId(), missing,
                            uncovered));
                }
            }
            prescriptions.forEach(p -> earlier.add(p.exerciseId()));
        }
        return result;
    }

    /** The violations an override does not fully cover: a plan with any of these may not become active. */
    public List<Violation> unresolved(PlanContent content) {
        return unmet(content).stream().filter(v -> !v.overridden()).toList();
    }

    /**
     * The unresolved violations a change would add. A change may leave alone problems it did not cause (a sign-off
     * withdrawn, a prerequisite added since), but it may not create new ones. Before and after are compared by what
     * they prescribe, each exercise and each uncovered prerequisite of it, counted: never by the keys a caller sends,
     * so a new exercise under an old key, or a second copy of an exercise with a problem, is a new problem.
     */
    public List<Violation> introducedBy(PlanContent before, PlanContent after) {
        Map<List<Long>, Integer> existing = new HashMap<>();
        unresolved(before).forEach(v -> v.uncovered().forEach(required ->
                existing.merge(List.of(v.exerciseId(), required), 1, Integer::sum)));
        var introduced = new ArrayList<Violation>();
        for (var violation : unresolved(after)) {
            boolean isNew = false;
            for (long required : violation.uncovered()) {
                var pair = List.of(violation.exerciseId(), required);
                int left = existing.getOrDefault(pair, 0);
                if (left > 0) {
                    existing.put(pair, left - 1);
                } else {
                    isNew = true;
                }
            }
            if (isNew) {
                introduced.add(violation);
            }
        }
        return introduced;
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
