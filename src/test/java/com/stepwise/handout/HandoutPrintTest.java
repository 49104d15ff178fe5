package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.Contrast;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.Language;
import com.stepwise.clinic.ClinicService;
import com.stepwise.plan.PlanService;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the clinic's settings and a plan's state can do to a handout, and what they cannot: a pale colour, a long
 * name or footer, a phone photo on its side, a heavy logo; type an older reader can read; pages that read well; and
 * the handouts that must not print (no phone, an empty stage, an ended plan unless asked for the record).
 */
@IntegrationTest
class HandoutPrintTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    ClinicService clinics;
    @Autowired
    PlanService plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClinics signIn;

    @BeforeEach
    void clinic() {
        signIn.atNewClinic();
        fixture.brand("Riverside Physiotherapy", "Questions? Call us between 8:00 and 18:00.");
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    // --- settings -----------------------------------------------------------------------------------------------

    @Test
    void aPaleAccentColourIsRefusedWithADarkerOneToTry() {
        var branding = clinics.brandingDraft();
        branding.setAccentColour("#ffee58");
        assertThatThrownBy(() -> clinics.updateBranding(clinics.branding().version(), branding))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too pale")
                .hasMessageMatching(".*Try #[0-9a-f]{6}.*");
        String suggestion = branding.readableAccentSuggestion();
        assertThat(Contrast.againstWhite(Color.decode(suggestion))).isGreaterThanOrEqualTo(4.5);
        branding.setAccentColour(suggestion);
        clinics.updateBranding(clinics.branding().version(), branding);
        assertThat(clinics.branding().accentColour()).isEqualTo(suggestion);
    }

    @Test
    void aPaleColourKeptFromBeforeStillPrintsReadably() throws IOException {
        jdbc.update("update clinic set accent_colour = '#ffee58' where id = ?", clinics.branding().clinicId());
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        var pdf = handouts.handout(fixture.demoPlan(client), null).pdf();
        try (var document = Loader.loadPDF(pdf)) {
            for (var colour : textColours(document)) {
                assertThat(Contrast.againstWhite(colour)).as("text in %s", colour).isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void aLongClinicNameAndFooterStayInTheirPlace() throws IOException {
        var branding = clinics.brandingDraft();
        branding.setName("The Riverside and Harbourside Physiotherapy, Sports Injury and Back Care Clinic of the "
                + "Northern Lakes District");
        branding.setFooterMessage(("Questions? Call us between 8:00 and 18:00 on weekdays, or leave a message and we "
                + "will call you back the same day. ").repeat(3).substring(0, 300));
        clinics.updateBranding(clinics.branding().version(), branding);
        assertThat(clinics.branding().name()).hasSizeGreaterThan(100);
        long plan = fixture.demoPlan(fixture.client("Zoë", "Ångström", Language.ENGLISH, false));
        for (boolean large : List.of(false, true)) {
            var pdf = handouts.print(plan, new HandoutService.Request(null, large, false)).pdf();
            HandoutFixture.keep("long-name-and-footer" + (large ? "-large" : ""), pdf);
            try (var document = Loader.loadPDF(pdf)) {
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    var positions = HandoutTest.positions(document, page);
                    var width = document.getPage(page).getMediaBox().getWidth();
                    var height = document.getPage(page).getMediaBox().getHeight();
                    assertThat(positions).as("every letter on page %d", page + 1).allSatisfy(p -> {
                        assertThat(p.getXDirAdj()).isBetween(0f, width - p.getWidthDirAdj());
                        assertThat(p.getYDirAdj()).isBetween(0f, height);
                    });
                    var number = pageNumber(positions);
                    assertThat(positions.stream().filter(p -> !number.contains(p)).filter(p -> box(p).intersects(
                            union(number)))).as("text over \"Page x of y\" on page %d", page + 1).isEmpty();
                }
                var header = HandoutTest.positions(document, 0).stream().filter(p -> p.getYDirAdj() < 130).toList();
                assertThat(header.stream().map(TextPosition::getYDirAdj).map(Math::round).distinct().count())
                        .as("the clinic's name and contact take at most three lines").isLessThanOrEqualTo(3);
            }
        }
    }

    @Test
    void aPhotoTakenSidewaysIsStoredUprightAndAHeavyLogoIsScaledDown() throws IOException {
        var sideways = jpegWithOrientation(400, 300, 6);
        clinics.uploadLogo(sideways);
        var stored = clinics.logo().orElseThrow();
        assertThat(stored.width()).as("turned a quarter").isLessThan(stored.height());
        var picture = ImageIO.read(new ByteArrayInputStream(stored.data()));
        assertThat(red(picture.getRGB(picture.getWidth() - 10, 10))).as("the marked corner, now top right").isTrue();
        assertThat(red(picture.getRGB(10, picture.getHeight() - 10))).isFalse();

        var heavy = noisyJpeg(2000, 800);
        assertThat(heavy.length).as("a 1.2 MB logo").isGreaterThan(1_100_000);
        clinics.uploadLogo(heavy);
        assertThat(clinics.logo().orElseThrow().width()).as("no wider than it prints at 300 ppi")
                .isLessThanOrEqualTo(710);
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        var pdf = handouts.handout(fixture.demoPlan(client), null).pdf();
        assertThat(pdf.length).as("a handout with that logo").isLessThan(150 * 1024);
    }

    // --- type and pages -----------------------------------------------------------------------------------------

    @Test
    void typeIsLargeEnoughToRead() throws IOException {
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        long plan = fixture.demoPlan(client);
        for (boolean large : List.of(false, true)) {
            var pdf = handouts.print(plan, new HandoutService.Request(null, large, false)).pdf();
            var sizes = new HashMap<Integer, Integer>();
            float smallest = Float.MAX_VALUE;
            try (var document = Loader.loadPDF(pdf)) {
                for (int page = 0; page < document.getNumberOfPages(); page++) {
                    for (var p : HandoutTest.positions(document, page)) {
                        if (p.getUnicode().isBlank()) {
                            continue;
                        }
                        smallest = Math.min(smallest, p.getFontSizeInPt());
                        sizes.merge(Math.round(p.getFontSizeInPt()), 1, Integer::sum);
                    }
                }
            }
            int body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(body).as(large ? "large print body" : "body").isGreaterThanOrEqualTo(large ? 16 : 12);
            assertThat(smallest).as(large ? "smallest large print" : "smallest type")
                    .isGreaterThanOrEqualTo(large ? 14f : 9f);
        }
    }

    @Test
    void noPageHoldsOnlyTheHeaderAndTheSafetyBoxNeverStandsAlone() throws IOException {
        for (var stages : List.of(List.of(List.of("knee-hug-single", "somatic-pelvic-tilt")),
                List.of(List.of("somatic-pelvic-tilt", "knee-hug-single", "pelvic-rocking-breath", "low-back-breathing",
                        "seated-low-back-stretch"), List.of("gluteal-stretch-part-1")))) {
            for (boolean large : List.of(false, true)) {
                long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, large);
                var pdf = handouts.handout(fixture.activePlan(client, stages), null).pdf();
                try (var document = Loader.loadPDF(pdf)) {
                    var pages = pages(document);
                    assertThat(pages.getFirst()).as("page 1 holds the first exercise too")
                            .contains("Your home exercises", stages.getFirst().getFirst().equals("knee-hug-single")
                                    ? "Knee hug, one leg" : "Somatic pelvic tilt (3 parts)");
                    var boxPage = pages.stream().filter(p -> p.contains("Get emergency care today")).findFirst()
                            .orElseThrow();
                    assertThat(boxPage.contains("Take care:") || boxPage.contains("Your two-week record"))
                            .as("the stop-and-call box shares its page with an exercise or the sheet").isTrue();
                    if (stages.size() == 1) {
                        assertThat(pages).as("two exercises, the box and the sheet").hasSizeLessThanOrEqualTo(
                                large ? 5 : 3);
                    }
                }
            }
        }
    }

    // --- what must not print ------------------------------------------------------------------------------------

    @Test
    void aHandoutNeedsTheClinicsPhone() {
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        long plan = fixture.demoPlan(client);
        var branding = clinics.brandingDraft();
        branding.setPhone("");
        clinics.updateBranding(clinics.branding().version(), branding);
        assertThatThrownBy(() -> handouts.handout(plan, null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("phone number in Clinic settings");
    }

    @Test
    void anEmptyStageIsNotPrinted() {
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        long id = plans.create(client, "Back to gardening", null, null);
        var details = plans.get(id);
        var content = details.working().content().withStage("Stage 2");
        content = content.withExercise(content.stages().get(1).key(), fixture.builtIn("knee-hug-single"),
                fixture.dose("knee-hug-single"));
        plans.save(id, details.version(), content);
        assertThatThrownBy(() -> handouts.handout(id, null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("has no exercises");
    }

    @Test
    void anEndedPlanPrintsOnlyForTheRecordAndSaysSo() throws IOException {
        long client = fixture.client("Zoë", "Ångström", Language.ENGLISH, false);
        long plan = fixture.demoPlan(client);
        plans.complete(plan, plans.get(plan).version());
        assertThatThrownBy(() -> handouts.handout(plan, null)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Print for the record");
        var text = HandoutTest.text(handouts.print(plan, new HandoutService.Request(null, null, true)).pdf());
        assertThat(text).contains("This plan was completed on", "for your records only")
                .doesNotContain("Your two-week record", "What comes next");
    }

    // --- reading the PDF ----------------------------------------------------------------------------------------

    private static List<String> pages(PDDocument document) throws IOException {
        var pages = new ArrayList<String>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            var stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(HandoutTest.readable(stripper.getText(document)));
        }
        return pages;
    }

    /** The colours text is filled with, as the page draws it. */
    private static List<Color> textColours(PDDocument document) throws IOException {
        var colours = new ArrayList<Color>();
        var stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                try {
                    var rgb = getGraphicsState().getNonStrokingColor().toRGB();
                    colours.add(new Color(rgb));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        stripper.getText(document);
        return colours.stream().distinct().toList();
    }

    /** The glyphs of "Page x of y". */
    private static List<TextPosition> pageNumber(List<TextPosition> positions) {
        var text = new StringBuilder();
        positions.forEach(p -> text.append(p.getUnicode().isEmpty() ? " " : p.getUnicode().substring(0, 1)));
        int at = text.lastIndexOf("Page ");
        assertThat(at).as("a page number").isNotNegative();
        int end = at + 5;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || " of".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return positions.subList(at, end);
    }

    private static Rectangle2D box(TextPosition p) {
        return new Rectangle2D.Float(p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(), p.getWidthDirAdj(),
                p.getHeightDir());
    }

    private static Rectangle2D union(List<TextPosition> positions) {
        var union = box(positions.getFirst());
        positions.forEach(p -> union.add(box(p)));
        return union;
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 0xFF) > 180 && (rgb >> 8 & 0xFF) < 90;
    }

    /** A landscape JPEG with a red top-left corner, saying in its Exif that the camera was held turned. */
    private static byte[] jpegWithOrientation(int width, int height, int orientation) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 60, 60);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        byte[] jpeg = out.toByteArray();
        byte[] exif = {
            (byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        var withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(exif);
        withExif.write(jpeg, 2, jpeg.length - 2);
        return withExif.toByteArray();
    }

    /** A logo photographed at full size, 1.2 to 1.9 MB: noise does not compress, so the file is big. */
    static byte[] noisyJpeg(int width, int height) throws IOException {
        for (float quality = 0.9f; quality > 0.05f; quality -= 0.1f) {
            byte[] jpeg = noisyJpeg(width, height, quality);
            if (jpeg.length < 1_900_000) {
                return jpeg;
            }
        }
        throw new IllegalStateException("no quality gives a logo under 2 MB");
    }

    private static byte[] noisyJpeg(int width, int height, float quality) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(quality);
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), parameters);
        }
        return out.toByteArray();
    }
}
