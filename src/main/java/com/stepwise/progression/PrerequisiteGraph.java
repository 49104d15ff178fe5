package com.stepwise.progression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The prerequisite graph as one clinic sees it (built-in edges plus its own), with the rules that keep it sound:
 * no exercise requires itself, no edge twice, and no cycle. Plain Java, so the rules are tested without Spring.
 * An edge runs from the required exercise to the one it unlocks.
 */
public final class PrerequisiteGraph {

    /** "dependent requires required". */
    public record Edge(long required, long dependent) {
    }

    /** Why an edge cannot be added; {@code cycle} is the existing path from dependent back to required, if any. */
    public sealed interface Refusal {
        record SelfRequirement() implements Refusal {
        }

        record AlreadyRequired() implements Refusal {
        }

        record Cycle(List<Long> path) implements Refusal {
        }
    }

    private final Map<Long, Set<Long>> unlocks = new HashMap<>();
    private final Map<Long, Set<Long>> requires = new HashMap<>();

    public PrerequisiteGraph(Collection<Edge> edges) {
        edges.forEach(this::put);
    }

    private void put(Edge edge) {
        unlocks.computeIfAbsent(edge.required(), k -> new LinkedHashSet<>()).add(edge.dependent());
        requires.computeIfAbsent(edge.dependent(), k -> new LinkedHashSet<>()).add(edge.required());
    }

    /** Empty when "dependent requires required" may be added; otherwise why not. */
    public Optional<Refusal> check(long required, long dependent) {
        if (required == dependent) {
            return Optional.of(new Refusal.SelfRequirement());
        }
        if (requiredBy(dependent).contains(required)) {
            return Optional.of(new Refusal.AlreadyRequired());
        }
        return path(dependent, required).map(Refusal.Cycle::new);
    }

    /** Adds the edge after checking it. */
    public PrerequisiteGraph with(long required, long dependent) {
        check(required, dependent).ifPresent(refusal -> {
            throw new IllegalArgumentException("Refused edge " + required + " -> " + dependent + ": " + refusal);
        });
        var edges = new ArrayList<>(edges());
        edges.add(new Edge(required, dependent));
        return new PrerequisiteGraph(edges);
    }

    /** The exercises that must be comfortable before this one (direct prerequisites only). */
    public Set<Long> requiredBy(long exercise) {
        return Collections.unmodifiableSet(requires.getOrDefault(exercise, Set.of()));
    }

    /** The exercises this one directly unlocks. */
    public Set<Long> unlockedBy(long exercise) {
        return Collections.unmodifiableSet(unlocks.getOrDefault(exercise, Set.of()));
    }

    /**
     * The direct prerequisites of an exercise that are not yet satisfied. An exercise with several prerequisites
     * is available only when this is empty: all must hold.
     */
    public List<Long> missingFor(long exercise, Set<Long> satisfied) {
        return requiredBy(exercise).stream().filter(required -> !satisfied.contains(required)).toList();
    }

    public List<Edge> edges() {
        var edges = new ArrayList<Edge>();
        unlocks.forEach((required, dependents) -> dependents.forEach(d -> edges.add(new Edge(required, d))));
        return edges;
    }

    /** The shortest path of "leads to" steps from one exercise to another, both ends included. */
    Optional<List<Long>> path(long from, long to) {
        var previous = new HashMap<Long, Long>();
        var seen = new HashSet<Long>(Set.of(from));
        var queue = new ArrayDeque<Long>(List.of(from));
        while (!queue.isEmpty()) {
            long current = queue.removeFirst();
            if (current == to) {
                var path = new ArrayList<Long>();
                for (Long at = to; at != null; at = previous.get(at)) {
                    path.addFirst(at);
                }
                return Optional.of(path);
            }
            for (long next : unlocks.getOrDefault(current, Set.of())) {
                if (seen.add(next)) {
                    previous.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }
}
