package com.stepwise.handout;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.TestImages;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Measures how long one handout takes to draw, warm, and how big it is. Not part of the suite (its name does not end
 * in Test) and asserts nothing about time: it prints figures for docs/performance.md. Run it with
 * {@code ./mvnw test -Dtest=HandoutBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * <p>
 * The plan: the canonical chain over three stages with 8 exercises (5 now, 2 next, 1 after), a clinic logo, and a
 * client with accented names, so fonts, drawings, the logo and every section are exercised.
 */
@IntegrationTest
class HandoutBenchmark {

    private static final int WARM_UP = 50;
    private static final int MEASURED = 300;

    @Autowired
    HandoutService handouts;
    @Autowired
    PlanService plans;
    @Autowired
    ClientService clients;
    @Autowired
    ClinicService clinics;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestClinics signIn;

    @Test
    void drawTheDemoHandout() {
        signIn.atNewClinic();
        clinics.uploadLogo(TestImages.png(300, 100));
        long plan = demoPlan();
        var data = handouts.data(plan, HandoutService.Request.current());

        for (int i = 0; i < WARM_UP; i++) {
            handouts.render(data);
        }
        long[] nanos = new long[MEASURED];
        int size = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            size = handouts.render(data).pdf().length;
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%nHandout benchmark: %d exercises in the plan, %d on this stage's pages%n",
                8, data.exercises().size());
        System.out.printf("  median %.1f ms, 95th percentile %.1f ms per handout (%d runs after %d warm-up)%n",
                nanos[MEASURED / 2] / 1e6, nanos[(int) (MEASURED * 0.95)] / 1e6, MEASURED, WARM_UP);
        System.out.printf("  size %.0f KB%n%n", size / 1024.0);
        signIn.signOut();
    }

    private long demoPlan() {
        var draft = new ClientDraft();
        draft.setFirstName("Zoë");
        draft.setLastName("Ångström");
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        long client = clients.create(draft);
        long id = plans.create(client, "Back to gardening", "Kneel and weed for 20 minutes without pain", null);
        var details = plans.get(id);
        var content = details.working().content().withStage("Gluteal stretches, part 1")
                .withStage("Gluteal stretches, part 2");
        var stages = List.of(
                List.of("somatic-pelvic-tilt", "knee-hug-single", "pelvic-rocking-breath", "low-back-breathing",
                        "seated-low-back-stretch"),
                List.of("gluteal-stretch-part-1", "reclined-shoelace"),
                List.of("gluteal-stretch-part-2"));
        for (int stage = 0; stage < stages.size(); stage++) {
            for (String code : stages.get(stage)) {
                long exercise = builtIn(code);
                content = content.withExercise(content.stages().get(stage).key(), exercise,
                        exercises.get(exercise).defaultDose());
            }
        }
        details = plans.save(id, details.version(), content);
        plans.activate(id, details.version());
        return id;
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
