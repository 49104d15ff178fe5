package com.stepwise.handout;

import com.stepwise.base.i18n.Language;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.Dose;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Plans to print in handout tests: a clinic's branding, a client in a language, stages of built-in exercises. */
@Component
public class HandoutFixture {

    private final PlanService plans;
    private final ClientService clients;
    private final ClinicService clinics;
    private final ExerciseService exercises;

    HandoutFixture(PlanService plans, ClientService clients, ClinicService clinics, ExerciseService exercises) {
        this.plans = plans;
        this.clients = clients;
        this.clinics = clinics;
        this.exercises = exercises;
    }

    /** Names the clinic and gives it the phone number every handout needs. */
    public void brand(String name, String footer) {
        var branding = clinics.brandingDraft();
        branding.setName(name);
        branding.setPhone("+44 20 7946 0000");
        branding.setFooterMessage(footer);
        clinics.updateBranding(clinics.branding().version(), branding);
    }

    public long client(String first, String last, Language language, boolean largePrint) {
        var draft = new ClientDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        draft.setPrefersLargePrint(largePrint);
        draft.setHandoutLanguage(language);
        return clients.create(draft);
    }

    /** Gives the client an e-mail address, as a clinician does on their details. */
    public void email(long client, String address) {
        var draft = clients.draftForEdit(client);
        draft.setEmail(address);
        clients.update(client, clients.get(client).version(), draft);
    }

    /** What the clinician typed into a plan: its title and goal, the stages' names and the first stage's notes. */
    record Typed(String title, String goal, String stage, String notes) {

        static final Typed ENGLISH = new Typed("Back to gardening", "Kneel and weed for 20 minutes", "Stage",
                "Do these on a firm bed if the floor is too hard.");
        static final Typed ARABIC = new Typed("العودة إلى البستنة", "أن أركع وأزيل الأعشاب عشرين دقيقة", "المرحلة",
                "قم بها على سرير ثابت إذا كانت الأرض قاسية.");
    }

    /** An active plan whose stages hold these built-in exercises, by code, the first stage first. */
    public long activePlan(long client, List<List<String>> stages) {
        return activePlan(client, stages, Typed.ENGLISH);
    }

    public long activePlan(long client, List<List<String>> stages, Typed typed) {
        long id = plans.create(client, typed.title(), typed.goal(), null);
        var details = plans.get(id);
        var content = details.working().content();
        for (int i = 1; i < stages.size(); i++) {
            content = content.withStage(typed.stage() + " " + (i + 1));
        }
        content = content.renameStage(content.stages().getFirst().key(), typed.stage() + " 1", typed.notes());
        for (int stage = 0; stage < stages.size(); stage++) {
            for (String code : stages.get(stage)) {
                content = content.withExercise(content.stages().get(stage).key(), builtIn(code), dose(code));
            }
        }
        details = plans.save(id, details.version(), content);
        plans.activate(id, details.version());
        return id;
    }

    /** Adds an exercise to the first stage of an active plan and activates that as its next version. */
    public void addToFirstStage(long plan, long exercise) {
        var details = plans.get(plan);
        var content = details.working().content();
        content = content.withExercise(content.stages().getFirst().key(), exercise,
                exercises.get(exercise).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
    }

    /** The demo-shaped plan: the canonical chain, five exercises now, two next, one after. */
    public long demoPlan(long client) {
        return demoPlan(client, Typed.ENGLISH);
    }

    public long demoPlan(long client, Typed typed) {
        return activePlan(client, List.of(
                List.of("somatic-pelvic-tilt", "knee-hug-single", "pelvic-rocking-breath", "low-back-breathing",
                        "seated-low-back-stretch"),
                List.of("gluteal-stretch-part-1", "reclined-shoelace"),
                List.of("gluteal-stretch-part-2")), typed);
    }

    public Dose dose(String code) {
        return exercises.get(builtIn(code)).defaultDose();
    }

    public long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** Keeps a printed handout in target/handouts, for a person to look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(Path.of("target", "handouts"));
            Files.write(Path.of("target", "handouts", name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
