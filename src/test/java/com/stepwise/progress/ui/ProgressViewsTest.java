package com.stepwise.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.ShownText;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.Attention;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SessionLogs;
import com.stepwise.progress.Symptom;
import com.stepwise.progress.TrackingSheet;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** A physio types in a paper sheet, sees "Ready to progress" on the plan page, and advances the client. */
@IntegrationTest
class ProgressViewsTest extends SpringBrowserlessTest {

    @Autowired
    TestClinics signIn;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ProgressService progress;
    @Autowired
    com.stepwise.progression.ProgressionService progression;

    long client;
    long plan;

    /** Signs in before the base class builds the Vaadin environment, so the mock request carries the user. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Priya");
        draft.setLastName("Raman");
        draft.setDateOfBirth(LocalDate.of(1983, 8, 9));
        client = clients.create(draft);
        long tilt = builtIn("somatic-pelvic-tilt");
        long part1 = builtIn("gluteal-stretch-part-1");
        plan = plans.create(client, "Post-natal first steps", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Part 1");
        content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose());
        content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    /** Presses "Type in a paper sheet…" on the client page, as a physio does when the client brings one. */
    private SessionSheetSection.Sheet openSheet() {
        test(find(Button.class).withText("Type in a paper sheet…").single()).click();
        return find(SessionSheetSection.Sheet.class).single();
    }

    @Test
    void threeComfortableDaysFromThePaperSheetMakeTheClientReadyToProgress() {
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        assertThat(find(SessionSheetSection.Sheet.class).exists()).as("the grid waits to be asked for").isFalse();
        var sheet = openSheet();
        assertThat(sheet.boxes).as("the tilt is dosed morning and evening: two rows, as on paper").hasNumberOfRows(2);
        int last = TrackingSheet.DAYS - 1;
        for (int day : new int[] {last, last - 2, last - 4}) {
            sheet.boxes[0][day].setValue("c2");
            sheet.boxes[1][day].setValue("C 1");
        }
        sheet.boxes[0][last - 1].setValue("4");
        test(sheet.save).click();
        assertThat(progress.sessions(client, LocalDate.now().minusDays(13), LocalDate.now())).hasSize(7);
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        assertThat(openSheet().boxes[1][last].getValue())
                .as("the grid shows what is saved, as the client wrote it").isEqualTo("C1");
        var pain = find(com.vaadin.flow.component.html.Image.class).withClassName("chart").first();
        assertThat(pain.getAlt()).hasValue("Chart of pain during the exercises by day");
        assertThat(pain.getSrc()).as("a file the browser keeps, not a drawing in the page")
                .startsWith("charts/clients/" + client + "/pain.svg?v=");
        String before = pain.getSrc();
        SessionLogs.log(progress, client, LocalDate.now().minusDays(30), builtIn("somatic-pelvic-tilt"),
                CellValue.done(1, Feeling.COMFORTABLE, 1));
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.Image.class).withClassName("chart").first().getSrc())
                .as("new data, a new address").isNotEqualTo(before);

        navigate("plans/" + plan, com.vaadin.flow.component.Component.class);
        var readiness = find(Section.class).withClassName("readiness").single();
        assertThat(ShownText.of(readiness)).contains("Ready to progress")
                .contains("Somatic pelvic tilt (3 parts): 3 of 3 comfortable days at the prescribed dose with pain "
                        + "≤ 3 in the last 14 days");
        test(find(Button.class).withText("Advance to Part 1").single()).click();
        assertThat(progress.currentStage(plan)).isEqualTo(1);
        assertThat(ShownText.of(find(Section.class).withClassName("readiness").single()))
                .contains("Progress: now on Part 1", "This is the last stage of the plan.");

        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        assertThat(reviewText())
                .contains("Post-natal first steps: moved on to Part 1 by", "2 of 2 sessions done, highest pain 2 / 10");
        assertThat(openSheet().boxes).as("the sheet still lists the tilt, which "
                + "the client did during these two weeks, and now part 1, both twice a day").hasNumberOfRows(4);
    }

    @Test
    void placingTheClientAheadNeedsAWrittenReasonAndStayingPutSaysSo() {
        navigate("plans/" + plan, com.vaadin.flow.component.Component.class);
        test(find(Button.class).withText("Place on another stage…").single()).click();
        var dialog = find(FormDialog.class).single();
        test(dialog.confirm).click();
        assertThat(ShownText.of(find(Notification.class).last())).as("the stage she is on was chosen")
                .isEqualTo("The client stays on Stage 1.");
        assertThat(progress.currentStage(plan)).isZero();

        test(find(Button.class).withText("Place on another stage…").single()).click();
        dialog = find(FormDialog.class).last();
        @SuppressWarnings("unchecked")
        var stage = (Select<Integer>) find(Select.class, dialog).single();
        test(stage).selectItem("Stage 2: Part 1");
        test(dialog.confirm).click();
        assertThat(dialog.problem.getText()).as("the tilt was never done")
                .contains("has not been done to its criterion", "needs a written reason");
        assertThat(progress.currentStage(plan)).isZero();

        test(find(TextArea.class, dialog).single()).setValue("Managing the tilt well at home, seen in clinic today");
        test(dialog.confirm).click();
        assertThat(progress.currentStage(plan)).isEqualTo(1);
        assertThat(ShownText.of(find(Section.class).withClassName("readiness").single()))
                .contains("Progress: now on Part 1", "Managing the tilt well at home, seen in clinic today");
    }

    @Test
    void aWarningSignFromOneSessionRaisesAnAlertThatOnlyAnAcknowledgementCloses() {
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        assertThat(find(RedFlagSection.Alert.class).exists()).as("no alert without a red flag").isFalse();
        test(find(Button.class).withText("Record one session…").single()).click();
        var dialog = find(SessionDialog.class).single();
        var row = dialog.rows.get(0);
        assertThat(row.sets.isVisible()).as("the tilt is prescribed as repetitions without sets: none are asked")
                .isFalse();
        test(row.done).click();
        test(row.pain).setValue(5);
        test(row.feeling).selectItem("Painful");
        dialog.symptoms.setValue(java.util.Set.of(Symptom.NUMBNESS_OR_TINGLING));
        test(dialog.note).setValue("Tingling down the left leg after the second set");
        test(dialog.save).click();

        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        var alert = find(RedFlagSection.Alert.class).single();
        assertThat(ShownText.of(alert)).contains("Numbness or tingling down a leg",
                "Contact the client before their next session", "Tingling down the left leg");

        var sheet = openSheet();
        int today = TrackingSheet.DAYS - 1;
        assertThat(sheet.boxes[0][today].getValue()).as("the sheet shows what is recorded").isEqualTo("P5");
        assertThat(sheet.warnings[today].getValue()).isEqualTo("D");
        sheet.boxes[0][today].setValue("d5");
        sheet.warnings[today].setValue("");
        test(sheet.save).click();
        assertThat(progress.openRedFlags(client)).as("saving the sheet keeps the reported symptom").hasSize(1);
        assertThat(progress.readiness(plan).redFlag()).isTrue();

        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        test(find(Button.class).withText("Acknowledge…").single()).click();
        var acknowledge = find(RedFlagSection.Alert.AcknowledgeDialog.class).single();
        test(acknowledge.confirm).click();
        assertThat(acknowledge.problem.getText()).contains("Choose what you did");
        test(acknowledge.action).selectItem("Called the client");
        test(acknowledge.note).setValue("Tingling eased after she stopped the second set; review Friday");
        test(acknowledge.confirm).click();
        assertThat(progress.openRedFlags(client)).isEmpty();
        assertThat(find(RedFlagSection.Alert.class).exists()).as("acknowledged: the alert is gone").isFalse();
    }

    @Test
    void theTodayListNamesTheRedFlagAndLeadsToTheClient() {
        var empty = navigate("", TodayView.class);
        assertThat(test(empty.grid).size()).isZero();

        long tilt = builtIn("somatic-pelvic-tilt");
        SessionLogs.log(progress, client, LocalDate.now().minusDays(20), tilt,
                CellValue.done(1, Feeling.PAINFUL, 3), Symptom.BLADDER_OR_BOWEL_CHANGES);
        var view = navigate(TodayView.class);
        var row = test(view.grid);
        assertThat(row.size()).isEqualTo(1);
        assertThat(row.getRow(0).reasons()).containsExactly(Attention.Reason.URGENT_RED_FLAG);
        assertThat(row.getRow(0).redFlags()).startsWith("Urgent: New bladder or bowel changes");
        assertThat(row.getLitRendererPropertyValue(0, 0, "path", String.class)).isEqualTo("clients/" + client);
        assertThat(String.valueOf(row.getLitRendererPropertyValue(0, 1, "badges", Object.class)))
                .as("drawn as a red badge").contains("Urgent red flag: same-day emergency care", "error");
        assertThat(row.getLitRendererPropertyValue(0, 1, "flags", String.class))
                .startsWith("Urgent: New bladder or bowel changes");
        assertThat(ShownText.of(find(com.stepwise.base.ui.ViewHeader.class).single()))
                .contains("1 client needs your attention: 1 with an urgent red flag.");
        row.clickRow(0);
        assertThat(ShownText.of(find(RedFlagSection.Alert.class).single()))
                .contains("Urgent: same-day emergency care", "New bladder or bowel changes");
    }

    @Test
    void withoutTheCriteriaAdvancingAsksForAReason() {
        navigate("plans/" + plan, com.vaadin.flow.component.Component.class);
        assertThat(find(Button.class).withText("Advance to Part 1").exists()).isFalse();
        test(find(Button.class).withText("Advance anyway…").single()).click();
        test(find(Button.class).withText("Advance with this reason").single()).click();
        assertThat(progress.currentStage(plan)).as("no reason, no advance").isZero();
    }

    @Test
    void aFunctionalScaleIsScoredOnTheClientPage() {
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        test(find(Button.class).withText("Record functional scale…").single()).click();
        String[] activities = {"Tying my shoes", "Lifting the baby", "Walking to the park"};
        int[] ratings = {3, 4, 6};
        for (int i = 0; i < activities.length; i++) {
            test(find(com.vaadin.flow.component.textfield.TextField.class).withLabel("Activity " + (i + 1)).single())
                    .setValue(activities[i]);
            test(find(com.vaadin.flow.component.textfield.IntegerField.class)
                    .withLabel("0 unable – 10 as before").all().get(i)).setValue(ratings[i]);
        }
        test(find(Button.class).withText("Save and score").single()).click();
        assertThat(ShownText.of(find(Section.class).withClassName("measures").single()))
                .contains("Patient-Specific Functional Scale", "4.3 / 10");
    }

    @Test
    void aBusyClientsTimelineShowsItsNewestEventsAndTheRestOnRequest() {
        long tilt = builtIn("somatic-pelvic-tilt");
        for (int daysAgo = 0; daysAgo < 20; daysAgo++) {
            SessionLogs.log(progress, client, LocalDate.now().minusDays(daysAgo), tilt, SessionLogs.comfortable(2));
        }
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        var timeline = find(com.vaadin.flow.component.Html.class).all().stream()
                .filter(html -> html.getInnerHtml().contains("timeline-date")).findFirst().orElseThrow();
        assertThat(events(timeline)).hasSize(15);
        assertThat(events(timeline).getFirst()).as("newest first")
                .contains(com.stepwise.base.ui.Dates.format(LocalDate.now()));

        test(find(Button.class).withText("Show older events").single()).click();
        int total = progress.review(client).timeline().size();
        assertThat(total).isGreaterThan(20);
        assertThat(events(timeline)).hasSize(Math.min(30, total));
        while (find(Button.class).withText("Show older events").exists()) {
            test(find(Button.class).withText("Show older events").single()).click();
        }
        assertThat(events(timeline)).as("all of the twelve weeks, in the end").hasSize(total);
    }

    @Test
    void whatCliniciansTypeIntoTheTimelineIsShownAsTextNeverAsMarkup() {
        long tilt = builtIn("somatic-pelvic-tilt");
        SessionLogs.log(progress, client, LocalDate.now(), tilt, SessionLogs.comfortable(2));
        progression.recordSignOff(client, tilt, "Did it well <img src=x onerror=alert(1)> & calmly");
        navigate("clients/" + client, com.vaadin.flow.component.Component.class);
        var timeline = find(com.vaadin.flow.component.Html.class).all().stream()
                .filter(html -> html.getInnerHtml().contains("timeline-date")).findFirst().orElseThrow();
        assertThat(timeline.getInnerHtml()).doesNotContain("<img");
        assertThat(events(timeline)).anySatisfy(event ->
                assertThat(event).contains("Did it well <img src=x onerror=alert(1)> & calmly"));
    }

    /** The review section's text as the browser shows it, the timeline's events included. */
    private String reviewText() {
        var review = find(Section.class).withClassName("progress-review").single();
        return ShownText.of(review);
    }

    /** The timeline's events as the browser shows them, one text per list item. */
    private static java.util.List<String> events(com.vaadin.flow.component.Html timeline) {
        return org.jsoup.Jsoup.parse(timeline.getInnerHtml()).select("li").eachText();
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
