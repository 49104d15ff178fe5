package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.clientlink.PrintedQrCodes;
import com.stepwise.handout.HandoutFixture;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client reports from their phone, starting from the QR code on the handout the physio printed: yesterday's
 * sessions late, today's painful ones with an urgent warning sign, and reads at once what to do. Back in clinic the
 * physio sees the urgent red flag leading Today and the client's entries marked as theirs.
 */
class ClientLinkJourneyTest extends BrowserJourney {

    @Autowired
    SystemSignIn signIn;
    @Autowired
    HandoutFixture fixture;

    long client;
    long plan;

    @BeforeEach
    void aClientFollowingAPlan() {
        signIn.runAs(DEMO_EMAIL, () -> {
            client = fixture.client("Mele", "Tupou", Language.ENGLISH, false);
            plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt"),
                    List.of("gluteal-stretch-part-1")));
        });
    }

    @Test
    void theClientReportsFromThePrintedQrCodeAndThePhysioSeesTheUrgentRedFlagOnToday() throws Exception {
        signInAsDemoClinician();
        var printed = page.request().get(url("/handouts/plans/" + plan + ".pdf"));
        org.assertj.core.api.Assertions.assertThat(printed.status()).isEqualTo(200);
        String scanned = PrintedQrCodes.read(printed.body()).orElseThrow();
        try (var pdf = Loader.loadPDF(printed.body())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .as("the address to type, beside the code").contains(scanned);
        }
        // The code holds the clinic's public address; here that server is this test's.
        String onThisServer = url(URI.create(scanned).getPath());

        var phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-GB")).newPage();
        try {
            phone.navigate(onThisServer);
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hello, Mele")))
                    .isVisible();
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Somatic pelvic tilt (3 parts)"))).isVisible();
            var drawing = java.util.regex.Pattern.compile("^Drawing of Somatic pelvic tilt \\(3 parts\\)");
            assertThat(phone.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(drawing))).isVisible();
            org.assertj.core.api.Assertions.assertThat(phone.content()).doesNotContain("Tupou");

            // Yesterday, late: both sessions comfortable.
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "Forgot to fill in yesterday? Fill in yesterday instead")).click();
            assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("How did yesterday go\\?")))).isVisible();
            session(phone, "morning").getByLabel("Done: it felt comfortable").check();
            session(phone, "morning").getByLabel("Pain during it").selectOption("1");
            session(phone, "evening").getByLabel("Done: it felt comfortable").check();
            session(phone, "evening").getByLabel("Pain during it").selectOption("2");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(phone.getByRole(AriaRole.STATUS)).hasText("Thank you. It is saved, and your "
                    + "physiotherapist can see it now.");

            // Today: painful, and an urgent warning sign.
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to today")).click();
            session(phone, "morning").getByLabel("Done: it was painful").check();
            session(phone, "morning").getByLabel("Pain during it").selectOption("7");
            session(phone, "evening").getByLabel("Not done").check();
            phone.getByLabel("Numbness in the saddle area (between the legs, in the buttocks or the inner thighs)")
                    .check();
            checkTapTargetsAndLargeText(phone);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            var alert = phone.getByRole(AriaRole.ALERT);
            assertThat(alert).containsText("Get emergency care now: go to an emergency department today.");
            assertThat(alert.getByRole(AriaRole.LINK)).hasAttribute("href", java.util.regex.Pattern.compile("^tel:"));

            var axe = new AxeBuilder(phone).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
            org.assertj.core.api.Assertions.assertThat(axe.getViolations()).as("axe on the client's page")
                    .isEmpty();
            phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "journeys",
                    "clientPageOnAPhone.png")).setFullPage(true));
        } finally {
            phone.context().close();
        }

        // Back in clinic: Today leads with the urgent red flag, and the client page says where it came from.
        page.navigate(url("/"));
        var row = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Urgent: Numbness in the saddle area"));
        assertThat(row.first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mele Tupou")).first().click();
        assertThat(page.locator("section.red-flags")).containsText("reported by the client from their own link");
        assertThat(page.locator("section.client-link")).containsText("Last report");
        button("Type in a paper sheet…").click();
        var fromTheClient = page.locator("input.sheet-box.client-reported");
        assertThat(fromTheClient).hasCount(3);
        org.assertj.core.api.Assertions.assertThat(fromTheClient.evaluateAll("boxes => boxes.map(b => b.value)"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("C1", "C2", "P7");
    }

    private static Locator session(Page phone, String when) {
        return phone.locator("fieldset").filter(new Locator.FilterOptions()
                .setHas(phone.locator("legend", new Page.LocatorOptions().setHasText(when))));
    }

    /** Every control at least 44 px tall, and the page still fits the phone's width with text at 200 %. */
    private static void checkTapTargetsAndLargeText(Page phone) {
        var small = phone.evaluate("""
                () => [...document.querySelectorAll('label.choice, select, button, a')]
                  .filter(e => e.getBoundingClientRect().height < 44)
                  .map(e => e.textContent.trim().slice(0, 40))""");
        org.assertj.core.api.Assertions.assertThat((List<?>) small).as("tap targets under 44 px").isEmpty();
        var overflow = phone.evaluate("""
                () => { document.documentElement.style.fontSize = '225%';
                        const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
                        document.documentElement.style.fontSize = '';
                        return wide; }""");
        org.assertj.core.api.Assertions.assertThat(overflow).as("sideways scrolling at 200 % text").isEqualTo(false);
    }
}
