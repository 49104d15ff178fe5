package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A physio adds a client, starts a plan, is stopped from putting gluteal stretches part 2 in the first stage,
 * builds the three-stage chain instead and activates it; and a new version with a new first stage puts a client who
 * had moved on back where their record says they stand.
 */
class PlanJourneyTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.base.security.SystemSignIn signIn;
    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.client.ClientService clients;
    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.plan.PlanService plans;
    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.exercise.ExerciseService exercises;
    @org.springframework.beans.factory.annotation.Autowired
    com.stepwise.progress.ProgressService progress;

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

    /**
     * A client moved on to gluteal stretches part 1 gets a version 2 with a new first stage, cat-cow, which they have
     * never done: activating it puts them on that stage, the plan page says why, and the handout prints it.
     */
    @Test
    void aNewFirstStagePlacesTheClientThereAndTheHandoutFollows() throws Exception {
        long[] plan = new long[1];
        signIn.runAs(DEMO_EMAIL, () -> {
            var draft = new com.stepwise.client.ClientDraft();
            draft.setFirstName("Olga");
            draft.setLastName("Petrova");
            draft.setDateOfBirth(java.time.LocalDate.of(1966, 2, 11));
            long client = clients.create(draft);
            plan[0] = plans.create(client, "Stiff in the mornings", null, null);
            var details = plans.get(plan[0]);
            var content = details.working().content().renameStage(details.working().content().stages().getFirst()
                    .key(), "Pelvic tilt", null).withStage("Gluteal stretches");
            content = content.withExercise(content.stages().get(0).key(), builtIn("somatic-pelvic-tilt"),
                    exercises.get(builtIn("somatic-pelvic-tilt")).defaultDose());
            content = content.withExercise(content.stages().get(1).key(), builtIn("gluteal-stretch-part-1"),
                    exercises.get(builtIn("gluteal-stretch-part-1")).defaultDose());
            details = plans.save(plan[0], details.version(), content);
            plans.activate(plan[0], details.version());
            progress.advance(plan[0], "Did the tilt daily at her previous clinic");
        });

        signInAsDemoClinician();
        page.navigate(url("/plans/" + plan[0]));
        var readiness = page.locator("section.readiness");
        assertThat(readiness).containsText("Progress: now on Gluteal stretches");

        button("Add stage").click();
        page.getByLabel("Name of stage 3").fill("Warm-up");
        page.getByLabel("Name of stage 3").press("Tab");
        addFromLibrary("Cat-cow");
        assertThat(page.locator(".stage-card").nth(2)).containsText("Cat-cow");
        page.locator(".stage-card").nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Move stage up")).click();
        assertThat(page.locator(".stage-card").nth(1)).containsText("Cat-cow");
        page.locator(".stage-card").nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Move stage up")).click();
        assertThat(page.locator(".stage-card").first()).containsText("Cat-cow");
        button("Activate").click();
        assertThat(page.getByText("Activated version 2")).isVisible();

        assertThat(readiness).containsText("Progress: now on Warm-up");
        assertThat(readiness).containsText("Why here: Version 2 activated: Cat-cow in \"Warm-up\" is not yet done "
                + "to its criterion");
        var handoutLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print handout (version 2)"));
        var response = page.request().get(url("/" + handoutLink.getAttribute("href")));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)
                    .replaceAll("\\s+", " ")).contains("Now: Warm-up", "Cat-cow").doesNotContain("Now: Gluteal");
        }
    }

    private long builtIn(String code) {
        return exercises.search(com.stepwise.exercise.ExerciseFilter.ALL,
                org.springframework.data.domain.Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
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
