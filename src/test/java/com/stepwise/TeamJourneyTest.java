package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The demo clinic's administrator adds a colleague, who opens the one-time link in their own browser, chooses a
 * password, signs in, and sees what a clinician may: no team, no clinic settings.
 */
class TeamJourneyTest extends BrowserJourney {

    @Test
    void anAdministratorAddsAClinicianWhoSignsInWithTheLink() {
        signInAsDemoClinician();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team").setExact(true)).click();
        button("Add a clinician…").click();
        page.getByLabel("Name").fill("Rangi Parata");
        page.getByLabel("E-mail address (they sign in with it)").fill("rangi@riverside.example");
        button("Add and get the link").click();
        var link = page.locator("vaadin-text-field.password-link input");
        assertThat(link).hasValue(java.util.regex.Pattern.compile("http://.*/set-password\\?token=.+"));
        String address = link.inputValue();
        button("Done").click();
        assertThat(page.locator("vaadin-grid")).containsText("Rangi Parata");

        // Rangi's own browser.
        var rangi = browser.newContext(new Browser.NewContextOptions().setViewportSize(1180, 820)).newPage();
        try {
            rangi.navigate(address);
            rangi.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill("tide comes in twice a day");
            rangi.getByLabel("New password again").fill("tide comes in twice a day");
            rangi.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my password")).click();
            rangi.waitForURL(url -> url.contains("/login"));
            rangi.locator("vaadin-login-form input[name='username']").fill("rangi@riverside.example");
            rangi.locator("vaadin-login-form input[name='password']").fill("tide comes in twice a day");
            rangi.locator("vaadin-login-form vaadin-button[slot='submit']").click();
            rangi.waitForURL(url -> !url.contains("/login"));
            assertThat(rangi.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today"))).isVisible();
            assertThat(rangi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team").setExact(true)))
                    .hasCount(0);
            assertThat(rangi.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinic settings")))
                    .hasCount(0);
            rangi.navigate(url("/settings/team"));
            assertThat(rangi.getByText("Rangi Parata")).hasCount(0);

            // The link worked once.
            rangi.navigate(address);
            assertThat(rangi.getByText("This link no longer works")).isVisible();
        } finally {
            rangi.context().close();
        }
    }

    @Test
    void aClinicianWhoseSessionEndedIsToldWhatWasNotSavedAndHowToGoOn() {
        signInAsDemoClinician();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clients"))).isVisible();
        // As after an idle half hour or a restart: the browser's session id no longer names a session.
        page.context().clearCookies();
        page.context().addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("JSESSIONID",
                "ENDED0000000000000000000000000000").setUrl(url("/"))));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Today").setExact(true)).click();
        assertThat(page.getByText("You were signed out")).isVisible();
        assertThat(page.getByText("had not saved was not saved")).isVisible();
    }
}
