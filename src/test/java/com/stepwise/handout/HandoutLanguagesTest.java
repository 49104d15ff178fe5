package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseWording;
import com.stepwise.progress.Symptom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Handouts in the client's language: every fixed text of the handout is there in it, no English is left in a
 * Spanish or Arabic one (apart from what the clinic typed), every built-in exercise is translated in full, and a
 * clinic's own exercise without a translation prints in the clinic's language with a note saying so.
 */
@IntegrationTest
class HandoutLanguagesTest {

    private static final String CLINIC = "Riverside Physiotherapy";
    private static final String FOOTER = "Questions? Call us between 8:00 and 18:00.";

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ClinicService clinics;
    @Autowired
    TestClinics signIn;

    @BeforeEach
    void clinic() {
        signIn.atNewClinic();
        fixture.brand(CLINIC, FOOTER);
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFixedTextPrintsInTheClientsLanguage(Language language) throws IOException {
        // What the clinician types is in the client's language too, so each line runs in one direction.
        var typed = language.rightToLeft() ? HandoutFixture.Typed.ARABIC : HandoutFixture.Typed.ENGLISH;
        String first = language.rightToLeft() ? "أحمد" : "Zoë";
        String last = language.rightToLeft() ? "الهاشمي" : "Ångström";
        String name = first + " " + last;
        long client = fixture.client(first, last, language, false);
        long plan = fixture.demoPlan(client, typed);
        var data = handouts.data(plan, HandoutService.Request.current());
        var pdf = handouts.render(data).pdf();
        HandoutFixture.keep("language-" + language.code(), pdf);
        String text = HandoutTest.text(pdf);
        var t = ClientTexts.of(language, Numerals.WESTERN);

        var expected = new ArrayList<String>(List.of(
                t.text("handout.title", "plan", typed.title()),
                t.text("handout.now", "stage", typed.stage() + " 1"),
                t.text("handout.gentle"), t.text("safety.emergency"), t.text("safety.also"),
                t.text("safety.call", "phone", "+44 20 7946 0000"),
                t.text("next.heading", "stage", typed.stage() + " 2"),
                t.text("sheet.title", "client", name), t.text("sheet.howTo"), t.text("sheet.exercise"),
                t.text("sheet.warningSigns"),
                t.text("footer.for", "client", name, "plan", typed.title(), "version", 1, "date",
                        t.date(data.printDate()))));
        for (var symptom : Symptom.values()) {
            expected.add(symptom.letter() + " " + t.text("symptom." + symptom.name()));
        }
        for (var item : data.exercises()) {
            expected.add(item.wording().name());
            expected.add(item.dose().inWords(t));
            expected.addAll(item.wording().steps());
            item.wording().cautions().forEach(c -> expected.add(t.text("exercise.takeCare", "caution", c)));
        }
        for (var next : data.comesNext()) {
            expected.add(next.exerciseName());
        }
        var criterion = data.comesNext().getFirst().unlocks().getFirst();
        expected.add(t.text("next.unlock", "required", criterion.requiredName(), "pain",
                criterion.criterion().maxPain(), "max", 10, "days", t.count("next.days", 3), "window",
                t.text("next.window.14"), "exercise", data.comesNext().getFirst().exerciseName()));
        for (var sentence : expected) {
            if (language.rightToLeft()) {
                // A line mixing directions (a letter, a number, a phone number) is read back in visual order by
                // PDF text extraction, so the Arabic words are compared, in their order.
                assertThat(arabicWords(text)).as("%s handout", language.englishName())
                        .contains(arabicWords(sentence));
            } else {
                assertThat(text).as("%s handout", language.englishName()).contains(HandoutTest.readable(sentence));
            }
        }
    }

    @Test
    void noEnglishIsLeftInASpanishHandout() throws IOException {
        long client = fixture.client("Zoë", "Ångström", Language.SPANISH, false);
        String text = withoutTyped(HandoutTest.text(handouts.handout(fixture.demoPlan(client), null).pdf()));
        var spanish = words(bundle("client_es"), bundle("exercises_es"));
        var english = words(bundle("client"), englishCatalogue());
        english.removeAll(spanish);
        var left = words(text);
        left.retainAll(english);
        assertThat(left).as("English words in the Spanish handout").isEmpty();
    }

    @Test
    void noLatinWordIsLeftInAnArabicHandoutButTheSheetsLetters() throws IOException {
        long client = fixture.client("أحمد", "الهاشمي", Language.ARABIC, false);
        String text = withoutTyped(HandoutTest.text(handouts.handout(fixture.demoPlan(client,
                HandoutFixture.Typed.ARABIC), null).pdf()));
        var latin = words(text);
        latin.removeIf(word -> !word.matches("\\p{IsLatin}+"));
        latin.removeAll(words(CLINIC, FOOTER, "Clinician"));
        assertThat(latin).as("Latin-script words in the Arabic handout, besides what the clinic typed").isEmpty();
        assertThat(text).contains("أحمد الهاشمي");
    }

    @Test
    void arabicDigitsAreUsedWhereTheClinicChoosesThem() throws IOException {
        var branding = clinics.brandingDraft();
        branding.setNumerals(Numerals.ARABIC_INDIC);
        clinics.updateBranding(clinics.branding().version(), branding);
        long client = fixture.client("أحمد", "الهاشمي", Language.ARABIC, false);
        String text = HandoutTest.text(handouts.handout(fixture.demoPlan(client, HandoutFixture.Typed.ARABIC), null)
                .pdf());
        assertThat(text).contains("٥ مرات", "٨", "١٠", "صفحة ١ من", "أنفاس بطيئة").doesNotContain("10 أنفاس");
        assertThat(text).as("the phone number is printed as typed").contains("7946");
    }

    @Test
    void theBuiltInCatalogueIsTranslatedInFull() {
        var catalogue = exercises.details(exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn()).map(e -> e.id()).toList());
        assertThat(catalogue).hasSize(30);
        for (var language : List.of(Language.SPANISH, Language.ARABIC)) {
            var translated = exercises.translations(catalogue.stream().map(e -> e.ref()).toList(), language);
            for (var exercise : catalogue) {
                ExerciseWording wording = translated.get(exercise.id());
                assertThat(wording).as("%s in %s", exercise.code(), language.englishName()).isNotNull();
                assertThat(wording.steps()).as("%s steps in %s", exercise.code(), language.englishName())
                        .hasSameSizeAs(exercise.steps());
                assertThat(wording.cautions()).as("%s cautions in %s", exercise.code(), language.englishName())
                        .hasSameSizeAs(exercise.cautions());
                assertThat(wording.purpose()).isNotBlank();
                assertThat(exercises.illustrationLabel(exercise.illustration(), language))
                        .isNotEqualTo(exercises.illustrationLabel(exercise.illustration(), Language.ENGLISH));
            }
        }
    }

    @Test
    void aClinicsOwnExercisePrintsItsTranslationOrSaysItHasNone() throws IOException {
        var copy = exercises.draftForCopy(fixture.builtIn("knee-hug-single"));
        copy.setName("Knee hug with a towel");
        long own = exercises.create(copy, null);
        exercises.saveTranslation(own, Language.SPANISH, new ExerciseWording("Abrazo de rodilla con toalla",
                "Con una toalla detrás del muslo.", List.of("Túmbese boca arriba.\nPase la toalla por detrás del muslo."),
                List.of()));
        long spanishClient = fixture.client("Lucía", "Fernández", Language.SPANISH, false);
        long arabicClient = fixture.client("أحمد", "الهاشمي", Language.ARABIC, false);
        long spanishPlan = fixture.activePlan(spanishClient, List.of(List.of("somatic-pelvic-tilt")));
        long arabicPlan = fixture.activePlan(arabicClient, List.of(List.of("somatic-pelvic-tilt")));
        for (long plan : List.of(spanishPlan, arabicPlan)) {
            fixture.addToFirstStage(plan, own);
        }

        String spanish = HandoutTest.text(handouts.handout(spanishPlan, null).pdf());
        assertThat(spanish).contains("Abrazo de rodilla con toalla", "Pase la toalla por detrás del muslo.")
                .doesNotContain("Knee hug with a towel");
        var arabicPdf = handouts.handout(arabicPlan, null).pdf();
        HandoutFixture.keep("own-exercise-untranslated-ar", arabicPdf);
        String arabic = HandoutTest.text(arabicPdf);
        var t = ClientTexts.of(Language.ARABIC, Numerals.WESTERN);
        assertThat(arabic).contains("Knee hug with a towel", HandoutTest.readable(t.text("exercise.notTranslated",
                "clinicLanguage", t.text("language.en"))));
    }

    private static String arabicWords(String text) {
        return Pattern.compile("\\p{IsArabic}+").matcher(HandoutTest.readable(text)).results().map(m -> m.group())
                .collect(Collectors.joining(" "));
    }

    /** The handout's text without what the clinic and clinician typed (names, titles, notes, the footer). */
    private static String withoutTyped(String text) {
        for (var typed : List.of(CLINIC, FOOTER, "Back to gardening", "Kneel and weed for 20 minutes", "Stage 1",
                "Stage 2", "Do these on a firm bed if the floor is too hard.", "Zoë Ångström")) {
            text = text.replace(typed, " ");
        }
        // The client's own link is an address, the same in every language.
        text = text.replaceAll("https://stepwise\\.example/c/[0-9a-z\\-\\s]+", " ");
        return text.replaceAll("Clinician \\w+", " ");
    }

    private static Set<String> words(String... texts) {
        return Arrays.stream(texts).flatMap(text -> Pattern.compile("\\p{L}{2,}").matcher(text).results()
                .map(m -> m.group().toLowerCase(Locale.ROOT))).collect(Collectors.toCollection(HashSet::new));
    }

    private static String bundle(String name) {
        var properties = new Properties();
        try (var in = HandoutLanguagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return String.join(" ", properties.values().stream().map(String::valueOf).toList())
                .replaceAll("\\{\\w+}", " ");
    }

    private String englishCatalogue() {
        return exercises.details(exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                        .filter(e -> e.builtIn()).map(e -> e.id()).toList()).stream()
                .map(e -> e.name() + " " + e.purpose() + " " + String.join(" ", e.steps()) + " "
                        + String.join(" ", e.cautions()))
                .collect(Collectors.joining(" "));
    }
}
