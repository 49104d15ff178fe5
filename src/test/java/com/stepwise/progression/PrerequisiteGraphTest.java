package com.stepwise.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.progression.PrerequisiteGraph.Edge;
import com.stepwise.progression.PrerequisiteGraph.Refusal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    static final long PELVIC_TILT = 1, GLUTES_1 = 2, GLUTES_2 = 3, KNEE_HUG = 4, BOTH_KNEES = 5;

    /** The canonical chain: pelvic tilt, then gluteal stretches part 1, then part 2. */
    final PrerequisiteGraph chain = new PrerequisiteGraph(List.of(
            new Edge(PELVIC_TILT, GLUTES_1), new Edge(GLUTES_1, GLUTES_2)));

    @Test
    void refusesAnEdgeThatWouldCloseACircleAndNamesThePath() {
        // "Pelvic tilt requires part 2" while pelvic tilt already leads to part 2 via part 1.
        assertThat(chain.check(GLUTES_2, PELVIC_TILT))
                .contains(new Refusal.Cycle(List.of(PELVIC_TILT, GLUTES_1, GLUTES_2)));
    }

    @Test
    void refusesTheReverseOfADirectEdge() {
        assertThat(chain.check(GLUTES_1, PELVIC_TILT)).contains(new Refusal.Cycle(List.of(PELVIC_TILT, GLUTES_1)));
    }

    @Test
    void refusesAnExerciseRequiringItself() {
        assertThat(chain.check(GLUTES_1, GLUTES_1)).contains(new Refusal.SelfRequirement());
    }

    @Test
    void refusesTheSameEdgeTwice() {
        assertThat(chain.check(PELVIC_TILT, GLUTES_1)).contains(new Refusal.AlreadyRequired());
    }

    @Test
    void acceptsAShortcutThatKeepsTheGraphAcyclic() {
        // Part 2 may also require the pelvic tilt directly: no circle, only a second path.
        assertThat(chain.check(PELVIC_TILT, GLUTES_2)).isEmpty();
        assertThat(chain.with(PELVIC_TILT, GLUTES_2).requiredBy(GLUTES_2)).containsExactlyInAnyOrder(GLUTES_1,
                PELVIC_TILT);
    }

    @Test
    void withRefusesWhatCheckRefuses() {
        assertThatThrownBy(() -> chain.with(GLUTES_2, PELVIC_TILT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPrerequisiteMustBeMetWhenThereAreSeveral() {
        var graph = chain.with(KNEE_HUG, GLUTES_2);
        assertThat(graph.missingFor(GLUTES_2, Set.of())).containsExactlyInAnyOrder(GLUTES_1, KNEE_HUG);
        assertThat(graph.missingFor(GLUTES_2, Set.of(GLUTES_1))).containsExactly(KNEE_HUG);
        assertThat(graph.missingFor(GLUTES_2, Set.of(GLUTES_1, KNEE_HUG))).isEmpty();
    }

    @Test
    void anExerciseWithoutPrerequisitesIsAlwaysAvailable() {
        assertThat(chain.missingFor(PELVIC_TILT, Set.of())).isEmpty();
        assertThat(chain.missingFor(BOTH_KNEES, Set.of())).isEmpty();
    }

    @Test
    void knowsWhatAnExerciseUnlocks() {
        assertThat(chain.unlockedBy(PELVIC_TILT)).containsExactly(GLUTES_1);
        assertThat(chain.unlockedBy(GLUTES_2)).isEmpty();
    }

    @Test
    void findsLongCyclesThroughSeveralChains() {
        var graph = new PrerequisiteGraph(List.of(new Edge(1, 2), new Edge(2, 3), new Edge(3, 4), new Edge(4, 5),
                new Edge(10, 4)));
        assertThat(graph.check(5, 1)).contains(new Refusal.Cycle(List.of(1L, 2L, 3L, 4L, 5L)));
        assertThat(graph.check(5, 10)).contains(new Refusal.Cycle(List.of(10L, 4L, 5L)));
        assertThat(graph.check(10, 1)).isEmpty();
    }

    @Test
    void theCycleNamedIsTheFirstShortestRouteFound() {
        // Two routes from 1 to 4 of the same length, through 2 and through 3: the message names the first one.
        var diamond = new PrerequisiteGraph(List.of(new Edge(1, 2), new Edge(1, 3), new Edge(2, 4), new Edge(3, 4)));
        assertThat(diamond.check(4, 1)).contains(new Refusal.Cycle(List.of(1L, 2L, 4L)));
    }
}
