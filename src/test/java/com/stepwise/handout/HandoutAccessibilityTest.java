package com.stepwise.handout;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.i18n.Language;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * The handout meets veraPDF's PDF/UA-1 profile (the machine-checkable part of PDF/UA, ISO 14289-1), in a
 * left-to-right and a right-to-left language: tagged, its language and title set, alternative text on every picture,
 * every font embedded with a Unicode mapping, page furniture marked as such. Any rule failed is printed with why,
 * so the test says what to mend. What veraPDF cannot judge is in docs/accessibility.md.
 */
@IntegrationTest
class HandoutAccessibilityTest {

    @Autowired
    HandoutService handouts;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    TestClinics signIn;

    @Test
    void meetsPdfUa1InEveryDirection() throws Exception {
        signIn.atNewClinic();
        fixture.brand("Riverside Physiotherapy", "Questions? Call us between 8:00 and 18:00.");
        VeraGreenfieldFoundryProvider.initialise();
        for (var language : List.of(Language.ENGLISH, Language.ARABIC)) {
            long client = fixture.client("Zoë", "Ångström", language, false);
            var pdf = handouts.handout(fixture.demoPlan(client), null).pdf();
            try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                    PDFAFlavour.PDFUA_1);
                 var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                var result = validator.validate(parser);
                Map<String, int[]> failed = new TreeMap<>();
                Map<String, String> why = new TreeMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                        failed.computeIfAbsent(rule, r -> new int[1])[0]++;
                        why.putIfAbsent(rule, assertion.getMessage());
                    }
                }
                System.out.printf("%nPDF/UA-1, %s handout: %s; %d rules failed%n", language.englishName(),
                        result.isCompliant() ? "compliant" : "not compliant", failed.size());
                failed.forEach((rule, count) -> System.out.printf("| %s | %d | %s |%n", rule, count[0],
                        why.get(rule)));
                assertThat(failed.keySet()).as("PDF/UA-1 rules failed by the %s handout: %s",
                        language.englishName(), why).isEmpty();
                assertThat(result.isCompliant()).isTrue();
            }
        }
        signIn.signOut();
    }
}
