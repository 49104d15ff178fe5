package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A physio adds a client, starts a plan, is stopped from putting gluteal stretches part 2 in the first stage,
 * builds the three-stage chain instead and activates it.
 */
class PlanJourneyTest extends BrowserJourney {

    @Test
    void physioBuildsTheCanonicalChainAndActivatesIt() {
        signInAsDemoClinician();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients").setExact(true)).click();
        button("New client").click();
        page.getByLabel("First name").fill("Ingrid");
        page.getByLabel("Last name").fill("Søndergaard");
        page.getByLabel("Date of birth").fill("14.3.1958");
        page.getByLabel("Date of birth").press("Enter");
        button("Save client").click();
        assertThat(heading("Ingrid Søndergaard")).isVisible();

        button("Start a plan").click();
        page.getByLabel("Title").fill("Back to gardening");
        button("Start plan").click();
        assertThat(heading("Back to gardening")).isVisible();
        // The library panel has loaded its first rows: the builder is ready for typing.
        assertThat(page.locator(".picker-cell").first()).isVisible();

        addFromLibrary("Somatic pelvic tilt (3 parts)");
        assertThat(page.locator(".stage-card").first()).containsText("Somatic pelvic tilt (3 parts)");
        addFromLibrary("Gluteal stretches, part 2");
        var refusal = page.getByRole(AriaRole.DIALOG);
        assertThat(refusal).containsText("Gluteal stretches, part 2 needs Gluteal stretches, part 1 first");
        assertThat(refusal).containsText("override with a written reason");
        button("Cancel").click();

        button("Add stage").click();
        addFromLibrary("Gluteal stretches, part 1");
        assertThat(page.locator(".stage-card").nth(1)).containsText("Gluteal stretches, part 1");
        button("Add stage").click();
        addFromLibrary("Gluteal stretches, part 2");
        assertThat(page.locator(".stage-card").nth(2)).containsText("Gluteal stretches, part 2");
        assertThat(page.locator(".stage-card")).hasCount(3);

        button("Activate").click();
        assertThat(page.locator(".view-header + .badges, .badges").first()).containsText("Active");
        assertThat(page.getByText("Activated version 1")).isVisible();

        // The handout of the activated version, as the browser's PDF viewer would receive it.
        var handoutLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print handout (version 1)"));
        var response = page.request().get(url("/" + handoutLink.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        org.assertj.core.api.Assertions.assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /** Searches the library, waits until it lists only matches (it refreshes as you type), then adds one. */
    private void addFromLibrary(String exercise) {
        page.getByLabel("Search the exercise library").fill(exercise);
        // The grid keeps recycled rows hidden in the page: only the visible ones are the list.
        var shown = page.locator(".picker-cell .prescription-name").filter(new Locator.FilterOptions()
                .setVisible(true));
        assertThat(shown).hasText(new String[] {exercise});
        button("Add " + exercise).click();
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }
}
