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
class HandoutFixture {

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
    void brand(String name, String footer) {
        var branding = clinics.brandingDraft();
        branding.setName(name);
        branding.setPhone("+44 20 7946 0000");
        branding.setFooterMessage(footer);
        clinics.updateBranding(clinics.branding().version(), branding);
    }

    long client(String first, String last, Language language, boolean largePrint) {
        var draft = new ClientDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        draft.setPrefersLargePrint(largePrint);
        draft.setHandoutLanguage(language);
        return clients.create(draft);
    }

    /** An active plan whose stages hold these built-in exercises, by code, the first stage first. */
    long activePlan(long client, List<List<String>> stages) {
        long id = plans.create(client, "Back to gardening", "Kneel and weed for 20 minutes", null);
        var details = plans.get(id);
        var content = details.working().content();
        for (int i = 1; i < stages.size(); i++) {
            content = content.withStage("Stage " + (i + 1));
        }
        content = content.renameStage(content.stages().getFirst().key(), "Stage 1",
                "Do these on a firm bed if the floor is too hard.");
        for (int stage = 0; stage < stages.size(); stage++) {
            for (String code : stages.get(stage)) {
                content = content.withExercise(content.stages().get(stage).key(), builtIn(code), dose(code));
            }
        }
        details = plans.save(id, details.version(), content);
        plans.activate(id, details.version());
        return id;
    }

    /** The demo-shaped plan: the canonical chain, five exercises now, two next, one after. */
    long demoPlan(long client) {
        return activePlan(client, List.of(
                List.of("somatic-pelvic-tilt", "knee-hug-single", "pelvic-rocking-breath", "low-back-breathing",
                        "seated-low-back-stretch"),
                List.of("gluteal-stretch-part-1", "reclined-shoelace"),
                List.of("gluteal-stretch-part-2")));
    }

    Dose dose(String code) {
        return exercises.get(builtIn(code)).defaultDose();
    }

    long builtIn(String code) {
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
