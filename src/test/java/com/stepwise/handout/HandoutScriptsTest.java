package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.i18n.Language;
import com.stepwise.client.ClientService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A name in any script prints as written: read back from the PDF (after NFKC, as a PDF reader would) it is the same
 * name, right-to-left names in their logical order; no glyph is the font's "missing" box; and the page drawn as a
 * picture shows ink where the name stands. Each name is printed in an English and an Arabic handout.
 */
@IntegrationTest
class HandoutScriptsTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    ClientService clients;
    @Autowired
    TestClinics signIn;

    @BeforeEach
    void clinic() {
        signIn.atNewClinic();
        fixture.brand("Riverside Physiotherapy", null);
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "Zoë, Ångström", "Ελένη, Παπαδοπούλου", "Иван, Петров", "أحمد, الهاشمي", "דוד, כהן", "प्रिया, शर्मा",
            "สมชาย, ใจดี", "张, 伟", "陳, 大文", "美咲, 田中", "민준, 김", "Nguyễn, Văn Anh", "Łukasz, Żółć",
            // Characters outside the national standard sets print from the rest of each CJK font, alone or within a
            // word whose other characters come from the common part.
            "堃, 王", "晓喆, 李", "みさき, 髙橋", "똠이, 박"})
    void aNameInAnyScriptPrintsAsWritten(String first, String last) throws IOException {
        for (var language : List.of(Language.ENGLISH, Language.ARABIC)) {
            long client = fixture.client(first, last, language, false);
            String name = first + " " + last;
            var pdf = handouts.handout(fixture.activePlan(client, List.of(List.of("knee-hug-single"))), null).pdf();
            HandoutFixture.keep("script-" + language.code() + "-" + first, pdf);
            try (var document = Loader.loadPDF(pdf)) {
                assertThat(HandoutTest.readable(new PDFTextStripper().getText(document)))
                        .as("the name read back from the %s handout", language.englishName()).contains(name);
                var positions = HandoutTest.positions(document, 0);
                assertThat(positions).as("no glyph is the font's missing-glyph box")
                        .noneMatch(p -> p.getCharacterCodes().length > 0 && p.getCharacterCodes()[0] == 0);
                assertThat(inkWhere(document, positions, name)).as("the rendered page shows %s", name)
                        .isGreaterThan(20);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aNameTypedWithSeparateAccentsIsKeptComposed() throws IOException {
        String decomposed = "Zoe\u0308";
        long client = fixture.client(decomposed, "A\u030Angstro\u0308m", Language.ENGLISH, false);
        assertThat(clients.get(client).firstName()).isEqualTo("Zoë").isNotEqualTo(decomposed);
        var pdf = handouts.handout(fixture.activePlan(client, List.of(List.of("knee-hug-single"))), null).pdf();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë Ångström");
        }
    }

    /**
     * Dark pixels in the boxes of the glyphs of this word on page 1, drawn at 100 dpi: a name whose glyphs were
     * missing or blank would leave the boxes white.
     */
    private static int inkWhere(PDDocument document, List<TextPosition> positions, String word) throws IOException {
        var letters = Normalizer.normalize(word, Normalizer.Form.NFC).codePoints().filter(Character::isLetter)
                .boxed().toList();
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
        double scale = 100 / 72.0;
        int ink = 0;
        for (var position : positions) {
            String unicode = Normalizer.normalize(position.getUnicode(), Normalizer.Form.NFKC);
            if (unicode.isEmpty() || !letters.contains(unicode.codePointAt(0))) {
                continue;
            }
            int x0 = (int) (position.getXDirAdj() * scale);
            int y1 = (int) (position.getYDirAdj() * scale);
            int x1 = (int) ((position.getXDirAdj() + Math.max(position.getWidthDirAdj(), 2)) * scale);
            int y0 = (int) ((position.getYDirAdj() - Math.max(position.getHeightDir(), 4)) * scale);
            for (int x = Math.max(0, x0); x < Math.min(page.getWidth(), x1 + 1); x++) {
                for (int y = Math.max(0, y0); y < Math.min(page.getHeight(), y1 + 1); y++) {
                    int rgb = page.getRGB(x, y);
                    int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                    if (grey < 140) {
                        ink++;
                    }
                }
            }
        }
        return ink;
    }
}
