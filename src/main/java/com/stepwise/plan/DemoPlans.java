package com.stepwise.plan;

import com.stepwise.base.security.SystemSignIn;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.DemoClinicReady;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseSummary;
import com.stepwise.progression.ProgressionService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo profile's templates and plans: clients at different points (a draft, active plans, a sign-off, an
 * override, a completed plan). Made through the same services as a clinician's work, so they obey the same rules.
 */
@Component
@Profile("demo")
class DemoPlans {

    private final PlanService plans;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final ProgressionService progression;
    private final SystemSignIn signIn;

    DemoPlans(PlanService plans, ClientService clients, ExerciseService exercises, ProgressionService progression,
              SystemSignIn signIn) {
        this.plans = plans;
        this.clients = clients;
        this.exercises = exercises;
        this.progression = progression;
        this.signIn = signIn;
    }

    @EventListener
    @Order(20)
    void seed(DemoClinicReady ready) {
        signIn.runAs(ready.clinicianEmail(), () -> {
            if (!plans.templates().isEmpty()) {
                return;
            }
            Map<String, Long> ids = exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                    .filter(ExerciseSummary::builtIn)
                    .collect(Collectors.toMap(ExerciseSummary::code, ExerciseSummary::id, (a, b) -> a));
            Function<String, Long> id = ids::get;

            long gentle = plans.createTemplate("Low back, gentle start", "Move the lower back without strain, "
                    + "then lengthen the buttock muscles", stages(id,
                    List.of("Pelvic tilt", "somatic-pelvic-tilt", "knee-hug-single"),
                    List.of("Gluteal stretches, part 1", "gluteal-stretch-part-1", "reclined-shoelace"),
                    List.of("Gluteal stretches, part 2", "gluteal-stretch-part-2", "figure-four")));
            long noFloor = plans.createTemplate("No floor needed", "Stretch the back and hamstrings standing and "
                    + "seated", stages(id,
                    List.of("Seated", "seated-low-back-stretch", "seated-low-back-hamstring-stretch"),
                    List.of("Standing", "standing-hamstring-mobiliser", "hip-flexor-bed-edge")));
            plans.createTemplate("Core build-up", "From gentle mobility to a steady plank", stages(id,
                    List.of("Mobility", "cat-cow", "pelvic-rocking-breath"),
                    List.of("Control", "bird-dog", "bridge-lifts"),
                    List.of("Strength", "plank", "bird-dog")));

            activePlan("zoe", "Back to gardening", "Kneel and weed for 20 minutes without pain", gentle);
            plans.create(client("lukasz"), "Desk breaks", "Loosen up twice a day at work", gentle);
            activePlan("margaret", "Standing routine", "Walk to the shops with less stiffness", noFloor);

            long ahmed = client("ahmed");
            progression.recordSignOff(ahmed, id.apply("gluteal-stretch-part-1"), "Does part 1 easily; seen today");
            long ahmedPlan = plans.create(ahmed, "Hamstrings and glutes", "Bend to tie shoes without pain", null);
            var content = plans.get(ahmedPlan).working().content();
            content = content.withExercise(content.stages().getFirst().key(), id.apply("gluteal-stretch-part-2"),
                    dose(id, "gluteal-stretch-part-2"));
            content = content.withExercise(content.stages().getFirst().key(),
                    id.apply("seated-low-back-hamstring-stretch"), dose(id, "seated-low-back-hamstring-stretch"));
            activate(ahmedPlan, content);

            long tomas = client("tomas");
            long tomasPlan = plans.create(tomas, "Early core", "Back to lifting at work", null);
            content = plans.get(tomasPlan).working().content();
            content = content.withExercise(content.stages().getFirst().key(), id.apply("bird-dog"),
                    dose(id, "bird-dog"), PrerequisiteOverride.because("Does bird-dog weekly in his gym class")
                            .covering(id.apply("cat-cow")));
            activate(tomasPlan, content);

            long priya = client("priya");
            long finished = activePlan("priya", "Post-natal first steps", "Comfortable lifting the baby", gentle);
            plans.complete(finished, plans.get(finished).version());
            plans.create(priya, "Core build-up", "Carry the pram up the stairs", null);
        });
    }

    private long activePlan(String clientName, String title, String goal, long template) {
        long plan = plans.create(client(clientName), title, goal, template);
        plans.activate(plan, plans.get(plan).version());
        return plan;
    }

    private void activate(long plan, PlanContent content) {
        var details = plans.save(plan, plans.get(plan).version(), content);
        plans.activate(plan, details.version());
    }

    private long client(String firstNamePrefix) {
        return clients.search(new ClientFilter(firstNamePrefix, null), Pageable.ofSize(1)).getContent().getFirst()
                .id();
    }

    private com.stepwise.exercise.Dose dose(Function<String, Long> id, String code) {
        return exercises.get(id.apply(code)).defaultDose();
    }

    /** Stages from lists of a name followed by exercise codes, each at the exercise's default dose. */
    @SafeVarargs
    private PlanContent stages(Function<String, Long> id, List<String>... stages) {
        var content = PlanContent.empty();
        for (var stage : stages) {
            content = content.withStage(stage.getFirst());
            String key = content.stages().getLast().key();
            for (String code : stage.subList(1, stage.size())) {
                content = content.withExercise(key, id.apply(code), dose(id, code));
            }
        }
        return content;
    }
}
