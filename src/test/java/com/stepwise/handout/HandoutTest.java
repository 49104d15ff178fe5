package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.TestImages;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.PaperSize;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A handout printed from a real plan and read back as a client, and a PDF reader, would read it. */
@IntegrationTest
class HandoutTest {

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
    @Autowired
    com.stepwise.progress.ProgressService progress;

    long plan;

    @BeforeEach
    void planForZoe() {
        signIn.atNewClinic();
        var branding = clinics.brandingDraft();
        branding.setName("Riverside Physiotherapy");
        branding.setPhone("+44 20 7946 0000");
        branding.setFooterMessage("Questions? Call us between 8:00 and 18:00.");
        clinics.updateBranding(clinics.branding().version(), branding);
        clinics.uploadLogo(TestImages.png(300, 100));
        plan = planFor("Zoë", "Ångström", false);
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void printsTheStageTheNextStepAndTheSafetySignsInPlainWords() throws IOException {
        var handout = handouts.handout(plan, null);
        String text = text(handout.pdf());

        assertThat(text).contains("Riverside Physiotherapy", "Zoë Ångström", "Back to gardening",
                "Somatic pelvic tilt (3 parts)", "Knee hug, one leg",
                "Hold for 8 to 10 slow breaths · each side · morning and evening",
                "When you can do Somatic pelvic tilt (3 parts) comfortably, with pain no higher than 3 out of 10, "
                        + "on 3 days within two weeks, we will add Gluteal stretches, part 1.",
                "Stop the exercises and call the clinic on +44 20 7946 0000", "Numbness or tingling down a leg",
                "Get emergency care today", "Numbness in the saddle area",
                "Your two-week record: Zoë Ångström", "Somatic pelvic tilt (3 parts), morning",
                "Do these on a firm bed if the floor is too hard.",
                "Somatic pelvic tilt (3 parts), evening", "Warning signs (letters)", "version 1", "Questions? Call us");
        var english = ClientTexts.of(Language.ENGLISH, Numerals.WESTERN);
        for (var symptom : com.stepwise.progress.Symptom.values()) {
            assertThat(text).as("the stop-and-call box lists what the app records, with the sheet's letters")
                    .contains(symptom.letter() + " " + english.text("symptom." + symptom.name()));
        }
        try (var pdf = Loader.loadPDF(handout.pdf())) {
            int pages = pdf.getNumberOfPages();
            Files.createDirectories(Path.of("target", "handouts"));
            Files.write(Path.of("target", "handouts", "zoe.pdf"), handout.pdf());
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
            for (int page = 1; page <= pages; page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(readable(stripper.getText(pdf))).as("page %d names the client", page)
                        .contains("For Zoë Ångström");
            }
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(
                    "Home exercises for Zoë Ångström: Back to gardening");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595, org.assertj.core.data.Offset.offset(1f));
            assertThat(fonts(pdf)).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(images(pdf)).as("the clinic logo").isNotEmpty();
        }
        Files.createDirectories(Path.of("target", "handouts"));
        Files.write(Path.of("target", "handouts", "zoe.pdf"), handout.pdf());
    }

    @Test
    void namesFromManyLanguagesPrintIntact() throws IOException {
        for (String[] name : new String[][] {{"Łukasz", "Nowak"}, {"美咲", "田中"}, {"Ahmed", "Hassan"}}) {
            long theirs = planFor(name[0], name[1], false);
            assertThat(text(handouts.handout(theirs, null).pdf())).contains(name[0] + " " + name[1]);
        }
    }

    @Test
    void largePrintAndUsLetterFollowTheSettings() throws IOException {
        var branding = clinics.brandingDraft();
        branding.setPaperSize(PaperSize.LETTER);
        clinics.updateBranding(clinics.branding().version(), branding);
        long large = planFor("Margaret", "O'Brien", true);
        var handout = handouts.handout(large, null);
        try (var pdf = Loader.loadPDF(handout.pdf())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612, org.assertj.core.data.Offset.offset(1f));
            assertThat(pdf.getNumberOfPages()).as("one exercise per page, then the next step and the record")
                    .isGreaterThanOrEqualTo(4);
        }
        Files.createDirectories(Path.of("target", "handouts"));
        Files.write(Path.of("target", "handouts", "margaret-large-print.pdf"), handout.pdf());
    }

    @Test
    void aClinicsOwnExercisePrintsItsPhoto() throws IOException {
        var copy = exercises.draftForCopy(builtIn("knee-hug-single"));
        copy.setName("Knee hug with a towel");
        copy.setNewPhoto(com.stepwise.base.UploadedImage.check(TestImages.jpeg(400, 300)));
        long own = exercises.create(copy, null);
        var details = plans.get(plan);
        var content = details.working().content();
        content = content.withExercise(content.stages().getFirst().key(), own, exercises.get(own).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());

        var handout = handouts.handout(plan, null);
        assertThat(text(handout.pdf())).contains("Knee hug with a towel", "version 2");
        try (var pdf = Loader.loadPDF(handout.pdf())) {
            var images = new ArrayList<PDImageXObject>();
            for (var page : pdf.getPages()) {
                images.addAll(images(page.getResources()));
            }
            assertThat(images).as("the logo and the photo").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void afterAdvancingTheHandoutPrintsTheClientsCurrentStage() throws IOException {
        progress.advance(plan, "Moves well, seen in clinic today");
        var text = text(handouts.handout(plan, null).pdf());
        assertThat(text).contains("Now: Stage 2", "Gluteal stretches, part 1").doesNotContain("What comes next");
    }

    @Test
    void theSameVersionPrintsTheSameHandout() throws IOException {
        var first = text(handouts.handout(plan, 1).pdf());
        var again = text(handouts.handout(plan, 1).pdf());
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> handouts.handout(plan, 9)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Version 9");
    }

    @Test
    void anotherClinicCannotPrintThePlan() {
        signIn.atNewClinic();
        assertThatThrownBy(() -> handouts.handout(plan, null)).isInstanceOf(NotFoundException.class);
    }

    private long planFor(String first, String last, boolean largePrint) {
        var draft = new ClientDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        draft.setPrefersLargePrint(largePrint);
        long client = clients.create(draft);
        long id = plans.create(client, "Back to gardening", "Kneel and weed for 20 minutes", null);
        var details = plans.get(id);
        var content = details.working().content().withStage("Stage 2");
        content = content.renameStage(content.stages().get(0).key(), "Stage 1", "Do these on a firm bed if the floor "
                + "is too hard.");
        content = content.withExercise(content.stages().get(0).key(), builtIn("somatic-pelvic-tilt"),
                dose("somatic-pelvic-tilt"));
        content = content.withExercise(content.stages().get(0).key(), builtIn("knee-hug-single"),
                dose("knee-hug-single"));
        content = content.withExercise(content.stages().get(1).key(), builtIn("gluteal-stretch-part-1"),
                dose("gluteal-stretch-part-1"));
        details = plans.save(id, details.version(), content);
        plans.activate(id, details.version());
        return id;
    }

    private com.stepwise.exercise.Dose dose(String code) {
        return exercises.get(builtIn(code)).defaultDose();
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }

    /** The text as a reader gets it: composed, with the invisible direction marks left out, spaces collapsed. */
    static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return readable(new PDFTextStripper().getText(document));
        }
    }

    /** Every glyph of a page (counted from 0), with where it stands and how big it is. */
    static java.util.List<org.apache.pdfbox.text.TextPosition> positions(PDDocument document, int page)
            throws IOException {
        var found = new ArrayList<org.apache.pdfbox.text.TextPosition>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                super.processTextPosition(text);
                found.add(text);
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        return found;
    }

    static String readable(String extracted) {
        return java.text.Normalizer.normalize(extracted, java.text.Normalizer.Form.NFKC)
                .replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "").replaceAll("\\s+", " ");
    }

    private static java.util.List<PDFont> fonts(PDDocument pdf) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static java.util.List<PDImageXObject> images(PDDocument pdf) throws IOException {
        return images(pdf.getPage(0).getResources());
    }

    /** The pictures a page's resources draw, also inside the forms (drawings, placed pictures) it uses. */
    static java.util.List<PDImageXObject> images(org.apache.pdfbox.pdmodel.PDResources resources) throws IOException {
        var images = new ArrayList<PDImageXObject>();
        if (resources == null) {
            return images;
        }
        for (var name : resources.getXObjectNames()) {
            var object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }
}
