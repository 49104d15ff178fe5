package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A physio signs in, searches the library, and learns what gluteal stretches part 2 requires. */
class LibraryJourneyTest extends BrowserJourney {

    @Test
    void physioFindsThatPartTwoRequiresPartOne() {
        signInAsDemoClinician();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Today"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercise library")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Exercise library")))
                .isVisible();

        page.getByLabel("Search by name").fill("gluteal");
        var partTwo = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gluteal stretches, part 2"));
        partTwo.click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gluteal stretches, part 2")))
                .isVisible();
        var requires = page.locator(".prerequisites .edge-list").first();
        assertThat(requires).containsText("Gluteal stretches, part 1");
        assertThat(requires).containsText("3 comfortable sessions within 14 days");
        assertThat(page.locator("img.exercise-illustration")).isVisible();
    }
}
