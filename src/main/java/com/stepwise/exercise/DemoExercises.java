package com.stepwise.exercise;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.clinic.DemoClinicReady;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo clinic's own exercise: a copy of the one-leg knee hug with a towel, translated into Spanish for its
 * Spanish-reading client and left untranslated in Arabic, so both handout cases can be seen. Added once.
 */
@Component
@Profile("demo")
class DemoExercises {

    static final String TOWEL_KNEE_HUG = "Knee hug with a towel";

    private final ExerciseService exercises;
    private final SystemSignIn signIn;

    DemoExercises(ExerciseService exercises, SystemSignIn signIn) {
        this.exercises = exercises;
        this.signIn = signIn;
    }

    @EventListener
    @Order(5)
    void seed(DemoClinicReady ready) {
        signIn.runAs(ready.clinicianEmail(), () -> {
            var all = exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).getContent();
            if (all.stream().anyMatch(e -> !e.builtIn())) {
                return;
            }
            long kneeHug = all.stream().filter(e -> e.builtIn() && e.code().equals("knee-hug-single")).findFirst()
                    .orElseThrow().id();
            var copy = exercises.draftForCopy(kneeHug);
            copy.setName(TOWEL_KNEE_HUG);
            copy.setPurpose("The one-leg knee hug for a client whose hands cannot reach round the knee: a towel "
                    + "behind the thigh does the reaching.");
            copy.setSteps(String.join("\n", "Lie on your back with both knees bent.",
                    "Loop a towel behind one thigh, just above the knee, and hold both ends.",
                    "Draw the knee gently toward your chest with the towel; keep the other foot on the floor.",
                    "Hold for 8 to 10 slow breaths, then lower the leg and change sides."));
            long own = exercises.create(copy, kneeHug);
            exercises.saveTranslation(own, Language.SPANISH, new ExerciseWording("Abrazo de rodilla con toalla",
                    "El abrazo de una rodilla para quien no llega con las manos: una toalla detrás del muslo hace "
                            + "el trabajo.",
                    List.of("Túmbese boca arriba con las dos rodillas dobladas.",
                            "Pase una toalla por detrás de un muslo, justo encima de la rodilla, y sujete los dos "
                                    + "extremos.",
                            "Acerque con suavidad la rodilla al pecho con la toalla; deje el otro pie en el suelo.",
                            "Mantenga de 8 a 10 respiraciones lentas; después baje la pierna y cambie de lado."),
                    List.of("Pare y llame a la clínica si nota un dolor agudo, punzante o repentino, o "
                            + "adormecimiento u hormigueo que baja por una pierna.")));
        });
    }
}
