package com.stepwise;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.handout.HandoutService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.TrackingSheet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The paper loop, end to end. Two weeks ago the physio printed a handout; the client did the pelvic tilt morning
 * and evening, had one painful evening, and on the last day wrote "B" (numbness in the saddle area) in the warning
 * row. Back in clinic the physio types the sheet in box by box as printed, sees the urgent red flag at the top of
 * Today, acknowledges it with what was done, sees "Ready to progress", advances, and prints the new handout.
 */
class ProgressJourneyTest extends BrowserJourney {

    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    @Autowired
    SystemSignIn signIn;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    HandoutService handouts;
    @Autowired
    MutableClock clock;

    long client;
    long plan;
    LocalDate today;

    /** The physio's earlier visit: a client on a two-stage plan, pelvic tilt before the gluteal stretches. */
    @BeforeEach
    void clientOnTheFirstStage() {
        today = LocalDate.now(clock);
        clock.setDay(today.minusDays(TrackingSheet.DAYS - 1));
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
            content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose());
            content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose());
            details = plans.save(plan, details.version(), content);
            plans.activate(plan, details.version());
        });
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void physioTypesInThePrintedSheetActsOnTheRedFlagAndProgressesTheClient() throws Exception {
        // Two weeks ago: the handout, with the sheet the client fills in at home.
        String[] printed = new String[1];
        signIn.runAs(DEMO_EMAIL, () -> {
            try (var pdf = Loader.loadPDF(handouts.handout(plan, null).pdf())) {
                printed[0] = new PDFTextStripper().getText(pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        clock.setDay(today);
        String sheetText = printed[0].replaceAll("\\s+", " ");
        String morning = "Somatic pelvic tilt (3 parts), morning";
        String evening = "Somatic pelvic tilt (3 parts), evening";
        var firstDay = today.minusDays(TrackingSheet.DAYS - 1);
        var layoutDays = new ArrayList<String>();
        for (int day = 0; day < TrackingSheet.DAYS; day++) {
            layoutDays.add(new TrackingSheet(List.of(), List.of(), firstDay).dayLabel(day));
        }
        org.assertj.core.api.Assertions.assertThat(sheetText).as("the printed sheet, as the grid will show it")
                .contains("Your two-week record: Tomasz Wiśniewski", morning, evening, "Warning signs (letters)",
                        "B Numbness in the saddle area", PRINTED.format(firstDay))
                .contains(layoutDays);

        signInAsDemoClinician();
        page.navigate(url("/clients/" + client));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Type in the paper sheet")))
                .isVisible();
        button("Type in a paper sheet…").click();

        // What the client wrote: comfortable most days, one painful evening, and "B" on the last day.
        int last = TrackingSheet.DAYS - 1;
        for (int day : new int[] {last - 6, last - 4, last - 2, last}) {
            box(morning, layoutDays.get(day)).fill("c2");
            box(evening, layoutDays.get(day)).fill("C1");
        }
        box(morning, layoutDays.get(last - 5)).fill("c3");
        box(evening, layoutDays.get(last - 5)).fill("p6");
        var warning = page.getByLabel("Warning signs, " + layoutDays.get(last), new Page.GetByLabelOptions()
                .setExact(true));
        warning.fill("b");
        warning.press("Tab");
        button("Save the sheet").click();
        assertThat(page.getByText("Saved 10 boxes from the paper sheet, and 1 red flag to acknowledge")).isVisible();
        assertThat(page.locator("section.red-flags")).containsText("Urgent: same-day emergency care");

        // Today leads with the urgent red flag, named.
        page.navigate(url("/"));
        var row = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Urgent: Numbness in the saddle area"));
        assertThat(row.first()).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomasz Wiśniewski")).click();

        // Acknowledged with what was done: the alert goes, the plan may progress.
        button("Acknowledge Numbness in the saddle area").click();
        page.getByText("Sent for same-day emergency care").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Note").setExact(true)).fill("Phoned at 10:05; seen in A&E, scan clear. Safe to continue the exercises.");
        button("Acknowledge").click();
        assertThat(page.getByText("Red flag acknowledged")).isVisible();
        assertThat(page.locator("section.red-flags")).isHidden();

        page.navigate(url("/plans/" + plan));
        var readiness = page.locator("section.readiness");
        assertThat(readiness).containsText("Ready to progress");
        assertThat(readiness).containsText("Somatic pelvic tilt (3 parts): 3 of 3 comfortable days at the "
                + "prescribed dose with pain ≤ 3 in the last 14 days");
        button("Advance to Gluteal stretches").click();
        assertThat(readiness).containsText("Progress: now on Gluteal stretches");

        var handoutLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print handout (version 1)"));
        var response = page.request().get(url("/" + handoutLink.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Now: Gluteal stretches", "Gluteal stretches, part 1");
        }

        // Back on the client page: the review charts the days and the timeline keeps the red flag and the advance.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomasz Wiśniewski")).click();
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Chart of pain during the exercises by day"))).isVisible();
        assertThat(page.locator(".timeline")).containsText("Stiff back after driving: moved on to Gluteal stretches");
        assertThat(page.locator(".timeline")).containsText("Numbness in the saddle area (urgent)");
        page.locator(".progress-review").scrollIntoViewIfNeeded();
    }

    private com.microsoft.playwright.Locator box(String row, String day) {
        return page.getByLabel(row + ", " + day, new Page.GetByLabelOptions().setExact(true));
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
