package com.stepwise.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.base.UserFacingException;
import com.stepwise.exercise.Dose;
import com.stepwise.exercise.Sides;
import com.stepwise.progression.PrerequisiteGraph;
import com.stepwise.progression.PrerequisiteGraph.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of builder operations, each kept only if the rule allows it (as the service does), never leave
 * a plan that could be activated with an unmet prerequisite unless an override with a reason covers it.
 */
class PlanBuilderPropertyTest {

    static final Dose DOSE = new Dose(null, 5, null, null, null, Sides.NONE, 2, 7);
    /** Ten exercises; 1 → 2 → 3, 4 → 5 → 6, 1 → 7 and 4 → 7 (two prerequisites), 8, 9, 10 free. */
    static final PrerequisiteGraph GRAPH = new PrerequisiteGraph(List.of(new Edge(1, 2), new Edge(2, 3),
            new Edge(4, 5), new Edge(5, 6), new Edge(1, 7), new Edge(4, 7)));

    @Test
    void randomBuilderSessionsNeverActivateAnUnmetPrerequisiteWithoutAnOverride() {
        var random = new Random(20261121L);
        int refused = 0;
        int overridden = 0;
        for (int session = 0; session < 500; session++) {
            var signedOff = random.nextInt(4) == 0 ? Set.of(1L + random.nextInt(10)) : Set.<Long>of();
            var rule = new PrerequisiteRule(GRAPH, signedOff);
            var plan = PlanContent.firstStage();
            for (int step = 0; step < 40; step++) {
                var change = randomChange(plan, random);
                PlanContent next;
                try {
                    next = change.apply(plan);
                } catch (UserFacingException | IllegalArgumentException notApplicable) {
                    continue;
                }
                if (rule.introducedBy(plan, next).isEmpty()) {
                    plan = next;
                } else {
                    refused++;
                }
                assertThat(rule.unresolved(plan)).as("after step %d of session %d", step, session).isEmpty();
            }
            for (var violation : rule.unmet(plan)) {
                var prescription = plan.prescription(violation.prescriptionKey()).orElseThrow();
                assertThat(prescription.override()).isNotNull();
                assertThat(prescription.override().reason()).hasSizeGreaterThanOrEqualTo(
                        PrerequisiteOverride.MIN_REASON);
                overridden++;
            }
        }
        assertThat(refused).as("the random sessions tried unsafe changes").isPositive();
        assertThat(overridden).as("and some were let through by overrides").isPositive();
    }

    private static UnaryOperator<PlanContent> randomChange(PlanContent plan, Random random) {
        var stages = plan.stages();
        var keys = new ArrayList<String>();
        plan.prescriptions().forEach(p -> keys.add(p.key()));
        String anyStage = stages.isEmpty() ? "none" : stages.get(random.nextInt(stages.size())).key();
        String anyPrescription = keys.isEmpty() ? "none" : keys.get(random.nextInt(keys.size()));
        long exercise = 1 + random.nextInt(10);
        return switch (random.nextInt(10)) {
            case 0 -> p -> p.withStage("Stage " + (stages.size() + 1));
            case 1, 2 -> p -> p.withExercise(anyStage, exercise, DOSE, null);
            case 3 -> p -> p.withExercise(anyStage, exercise, DOSE, PrerequisiteOverride.because(
                    "Clinician judged it safe today"));
            case 4 -> p -> p.movePrescription(anyPrescription, anyStage, random.nextInt(4));
            case 5 -> p -> p.moveStage(anyStage, random.nextInt(Math.max(1, stages.size())));
            case 6 -> p -> p.withoutPrescription(anyPrescription);
            case 7 -> p -> p.removeStage(anyStage);
            case 8 -> p -> p.duplicateStage(anyStage);
            default -> p -> p.withOverride(anyPrescription, null);
        };
    }
}
