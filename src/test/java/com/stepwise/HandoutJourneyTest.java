package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A physio prints Tomás's handout in Spanish, the language on his record, then once in large print; switches his
 * handouts to Arabic on his record and prints again; and finds that the clinic settings refuse a colour too pale to
 * read, with a darker one to try.
 */
class HandoutJourneyTest extends BrowserJourney {

    @Test
    void aHandoutPrintsInTheClientsLanguageAndLargePrintCanBeChosenOnce() throws Exception {
        signInAsDemoClinician();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients").setExact(true)).click();
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("García, Tomás")).first().locator("a").click();
        var print = link("Print handout in Spanish");
        assertThat(print).isVisible();
        var spanish = pdfText(print.getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(spanish).contains("Sus ejercicios en casa", "Tomás García",
                "Vaya hoy mismo a urgencias si nota");

        var large = link("Large print this once");
        var response = page.request().get(url("/" + large.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition")).contains("large");

        button("Edit").click();
        page.getByLabel("Handout language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Arabic (العربية)")).click();
        button("Save client").click();
        assertThat(link("Print handout in Arabic")).isVisible();
        var arabic = pdfText(link("Print handout in Arabic").getAttribute("href"));
        org.assertj.core.api.Assertions.assertThat(arabic).contains("تمارينك في المنزل", "اطلب الرعاية الطارئة اليوم");
    }

    @Test
    void aColourTooPaleToReadIsRefusedWithADarkerOneToTry() {
        signInAsDemoClinician();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic settings")).click();
        page.getByLabel("Accent colour").fill("#ffee58");
        page.getByLabel("Accent colour").press("Tab");
        assertThat(page.getByText("too pale to read on white paper").first()).isVisible();
        button("Save settings").click();
        assertThat(page.getByText("Try #").first()).isVisible();
    }

    @Test
    void aClinicsOwnExerciseIsGivenItsArabicWording() {
        signInAsDemoClinician();
        page.navigate(url("/exercises"));
        page.getByLabel("Search by name").fill("towel");
        link("Knee hug with a towel").click();
        assertThat(page.getByText("Handout languages")).isVisible();
        assertThat(page.locator(".translations")).containsText("Translated");
        assertThat(page.locator(".translations")).containsText("Not yet: prints in English");

        button("Add Arabic wording").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Name in Arabic").fill("ضم الركبة بمنشفة");
        dialog.getByLabel("Steps, one per line").fill("استلق على ظهرك.\nضع المنشفة خلف الفخذ.");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByText("now prints in Arabic")).isVisible();
        assertThat(page.locator(".translations")).not().containsText("Not yet");
        button("Edit Arabic wording").click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByLabel("Name in Arabic")).hasValue("ضم الركبة بمنشفة");
    }

    private com.microsoft.playwright.Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).first();
    }

    private String pdfText(String href) throws Exception {
        var response = page.request().get(url("/" + href));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf), java.text.Normalizer.Form.NFKC)
                    .replaceAll("[\\u200E\\u200F\\u202A-\\u202E]", "").replaceAll("\\s+", " ");
        }
    }
}
