package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A client brings back the paper sheet: the physio types in three comfortable days, sees "Ready to progress" on the
 * plan, advances it, prints the new handout (which now leads with the second stage) and finds it all in the review.
 */
class ProgressJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    @Autowired
    SystemSignIn signIn;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    ExerciseService exercises;

    long client;
    long plan;

    /** The physio's earlier visit: a client on a two-stage plan, pelvic tilt before the gluteal stretches. */
    @BeforeEach
    void clientOnTheFirstStage() {
        signIn.runAs(DEMO_EMAIL, () -> {
            var draft = new ClientDraft();
            draft.setFirstName("Tomasz");
            draft.setLastName("Wiśniewski");
            draft.setDateOfBirth(LocalDate.of(1972, 6, 30));
            client = clients.create(draft);
            long tilt = builtIn("somatic-pelvic-tilt");
            long part1 = builtIn("gluteal-stretch-part-1");
            plan = plans.create(client, "Stiff back after driving", null, null);
            var details = plans.get(plan);
            var content = details.working().content().renameStage(details.working().content().stages().getFirst()
                    .key(), "Pelvic tilt", null).withStage("Gluteal stretches");
            content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose(),
                    null);
            content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose(),
                    null);
            details = plans.save(plan, details.version(), content);
            plans.activate(plan, details.version());
        });
    }

    @Test
    void physioTypesInThePaperSheetAndProgressesTheClient() throws Exception {
        signInAsDemoClinician();
        page.navigate(url("/clients/" + client));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Type in the paper sheet")))
                .isVisible();

        var today = LocalDate.now();
        for (int daysAgo : new int[] {5, 3, 1}) {
            String day = DAY.format(today.minusDays(daysAgo));
            page.getByLabel("Somatic pelvic tilt (3 parts), " + day).fill("c");
            page.getByLabel("Pain on " + day).fill("2");
        }
        button("Save the sheet").click();
        assertThat(page.getByText("Saved 3 days from the paper sheet.")).isVisible();

        page.navigate(url("/plans/" + plan));
        var readiness = page.locator("section.readiness");
        assertThat(readiness).containsText("Ready to progress");
        assertThat(readiness).containsText(
                "Somatic pelvic tilt (3 parts): 3 of 3 comfortable sessions with pain ≤ 3 in the last 14 days");
        button("Advance to Gluteal stretches").click();
        assertThat(readiness).containsText("Progress: now on Gluteal stretches");

        var handoutLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print handout (version 1)"));
        var response = page.request().get(url("/" + handoutLink.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Now: Gluteal stretches", "Gluteal stretches, part 1");
        }

        // Back on the client page, the review charts the three days and the timeline shows the advance.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomasz Wiśniewski")).click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Chart of pain during the exercises by day"))).isVisible();
        assertThat(page.locator(".timeline")).containsText("Stiff back after driving: moved on to Gluteal stretches");
        page.locator(".progress-review").scrollIntoViewIfNeeded();
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
