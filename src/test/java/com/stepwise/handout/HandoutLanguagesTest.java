package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.i18n.Language;
import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Handouts in the client's language: every fixed text in it, no English left over, right to left in Arabic. */
@IntegrationTest
class HandoutLanguagesTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
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

    @Test
    void printsEachLanguage() throws IOException {
        for (var language : Language.values()) {
            long client = fixture.client("Zoë", "Ångström", language, false);
            var handout = handouts.handout(fixture.demoPlan(client), null);
            HandoutFixture.keep("language-" + language.code(), handout.pdf());
            assertThat(text(handout.pdf())).contains("Zoë Ångström");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
        }
    }
}
