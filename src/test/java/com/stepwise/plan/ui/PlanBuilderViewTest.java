package com.stepwise.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.ui.ShownText;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.plan.PlanService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.stepwise.plan.PlanStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextField;
import com.stepwise.base.ui.Badge;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The plan builder without a browser: the refusal and its ways forward, the override's reason, a conflict. */
@IntegrationTest
class PlanBuilderViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClinics signIn;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    com.stepwise.progression.ProgressionService progression;

    long plan;

    /** Signs in before the base class builds the Vaadin environment, so the mock request carries the user. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Tomás");
        draft.setLastName("García");
        draft.setDateOfBirth(LocalDate.of(1969, 3, 21));
        plan = plans.create(clients.create(draft), "Back to work", null, null);
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void partTwoInStageOneIsRefusedWithTheReasonAndTheWaysForward() {
        var builder = openBuilder();
        test(builder.search).setValue("Gluteal stretches, part 2");
        assertThat(String.valueOf(test(builder.picker).getLitRendererPropertyValue(0, 0, "lock", Object.class)))
                .as("the library says so before the click").contains("Locked: needs Gluteal stretches, part 1");
        test(builder.search).setValue("Somatic pelvic tilt");
        assertThat(String.valueOf(test(builder.picker).getLitRendererPropertyValue(0, 0, "lock", Object.class)))
                .contains("Available");
        add(builder, "Gluteal stretches, part 2");

        var dialog = find(RefusalDialog.class).single();
        assertThat(ShownText.of(dialog))
                .contains("Gluteal stretches, part 2 needs Gluteal stretches, part 1 first");
        assertThat(dialog.addEarlier.getText()).isEqualTo("Add Gluteal stretches, part 1 to an earlier stage");
        assertThat(dialog.signOff.getText()).contains("comfortably");
        assertThat(builder.working().exerciseCount()).as("nothing was added").isZero();
    }

    @Test
    void anExerciseAlreadyInTheChosenStageCannotBeAddedToItAgain() {
        var builder = openBuilder();
        add(builder, "Somatic pelvic tilt (3 parts)");
        test(builder.search).setValue("Somatic pelvic tilt");
        var grid = test(builder.picker);
        assertThat(String.valueOf(grid.getLitRendererPropertyValue(0, 0, "lock", Object.class)))
                .as("the library says so before the click").contains("In this stage");
        assertThat(grid.getLitRendererPropertyValue(0, 0, "editable", Boolean.class)).as("its Add button").isFalse();

        test(find(com.vaadin.flow.component.button.Button.class).withText("Add stage").single()).click();
        assertThat(String.valueOf(test(builder.picker).getLitRendererPropertyValue(0, 0, "lock", Object.class)))
                .as("a later stage may keep it up").contains("Available");
        add(builder, "Somatic pelvic tilt (3 parts)");
        assertThat(builder.working().exerciseCount()).isEqualTo(2);
    }

    @Test
    void aSignOffFromTheRefusalNeedsANoteOfWhatWasSeenAndIsStoredOnlyWhenConfirmed() {
        var builder = openBuilder();
        add(builder, "Gluteal stretches, part 2");
        var dialog = find(RefusalDialog.class).single();
        test(dialog.signOff).click();
        long client = plans.get(plan).clientId();
        assertThat(progression.signOffsOf(client)).as("choosing the way forward stores nothing yet").isEmpty();
        test(dialog.confirmSignOff).click();
        assertThat(dialog.problem.getText()).contains("Write what you saw");
        assertThat(progression.signOffsOf(client)).isEmpty();

        test(dialog.signOffNote).setValue("Did ten slow part 1 stretches without pain in clinic today");
        test(dialog.confirmSignOff).click();
        assertThat(progression.signOffsOf(client)).singleElement().satisfies(s -> {
            assertThat(s.exerciseName()).isEqualTo("Gluteal stretches, part 1");
            assertThat(s.note()).isEqualTo("Did ten slow part 1 stretches without pain in clinic today");
        });
        assertThat(builder.working().exerciseCount()).as("and the change goes through").isEqualTo(1);
    }

    @Test
    void addingTheMissingExerciseEarlierBuildsAValidChain() {
        var builder = openBuilder();
        add(builder, "Gluteal stretches, part 2");
        test(find(RefusalDialog.class).single().addEarlier).click();

        // Part 1 itself needs the pelvic tilt first: the same offer comes again, one step further back.
        var next = find(RefusalDialog.class).single();
        assertThat(ShownText.of(next)).contains("Gluteal stretches, part 1 needs Somatic pelvic "
                + "tilt (3 parts) first");
        test(next.addEarlier).click();

        var content = builder.working();
        assertThat(content.stages()).hasSize(3);
        assertThat(content.stages()).allSatisfy(stage -> assertThat(stage.prescriptions()).hasSize(1));
        assertThat(find(RefusalDialog.class).all()).isEmpty();
        assertThat(plans.problemsIntroduced(plans.get(plan).clientId(), com.stepwise.plan.PlanContent.empty(),
                content)).isEmpty();
    }

    @Test
    void anOverrideNeedsAWrittenReasonAndIsShownOnThePlan() {
        var builder = openBuilder();
        add(builder, "Gluteal stretches, part 2");
        var dialog = find(RefusalDialog.class).single();
        test(dialog.override).click();
        test(dialog.reason).setValue("ok");
        test(dialog.confirmOverride).click();
        assertThat(dialog.problem.getText()).contains("reason of at least 10 characters");
        assertThat(builder.working().exerciseCount()).isZero();

        test(dialog.reason).setValue("Did part 1 for months at his previous clinic");
        test(dialog.confirmOverride).click();
        assertThat(builder.working().exerciseCount()).isEqualTo(1);
        test(builder.save).click();

        var saved = plans.get(plan).working().content().prescriptions().findFirst().orElseThrow();
        assertThat(saved.overrides()).singleElement().satisfies(o -> {
            assertThat(o.reason()).isEqualTo("Did part 1 for months at his previous clinic");
            assertThat(o.clinicianName()).startsWith("Clinician ");
        });
        assertThat(ShownText.of(find(Badge.class).withClassName("override-badge").single()))
                .contains("Override of Gluteal stretches, part 1: Did part 1 for months");
    }

    @Test
    void aColleaguesSaveInBetweenGivesAConflictNoticeAndKeepsTheWorkOnScreen() {
        var builder = openBuilder();
        add(builder, "Somatic pelvic tilt (3 parts)");
        plans.describe(plan, plans.get(plan).version(), "Renamed by a colleague", null);

        test(builder.save).click();
        assertThat(ShownText.of(builder.banner)).contains("changed by someone else");
        assertThat(builder.working().exerciseCount()).as("nothing typed is lost").isEqualTo(1);
        assertThat(find(Button.class).withText("Reload the plan").exists()).isTrue();
    }

    @Test
    void activationIsOfferedOnceThePlanIsValid() {
        var builder = openBuilder();
        add(builder, "Somatic pelvic tilt (3 parts)");
        test(builder.activate).click();
        assertThat(plans.get(plan).active()).isNotNull();
        assertThat(ShownText.of(builder)).contains("Version 1 · active since");
    }

    @Test
    void theMoreMenuSavesATemplateAndCompletesThePlanKeepingItReadable() {
        var builder = openBuilder();
        add(builder, "Somatic pelvic tilt (3 parts)");
        test(builder.activate).click();

        new MenuBarTester<>(builder.more).clickItem("More", "Save as template…");
        var templateName = find(TextField.class).withLabel("Template name").single();
        test(templateName).setValue("Tomás's start");
        test(find(Button.class).withText("Save template").single()).click();
        assertThat(plans.templates()).extracting(t -> t.name()).contains("Tomás's start");

        new MenuBarTester<>(builder.more).clickItem("More", "Mark completed…");
        new ConfirmDialogTester(find(ConfirmDialog.class).single()).confirm();
        assertThat(plans.get(plan).status()).isEqualTo(PlanStatus.COMPLETED);
        assertThat(builder.save.isEnabled()).isFalse();
        assertThat(ShownText.of(builder)).contains("Version 1 · active");
    }

    @Test
    void typingAStagesNameThenItsNotesKeepsBothAndLeavesTheCardAsItIs() {
        var builder = openBuilder();
        var card = find(StageCard.class).first();
        test(card.name).setValue("Gentle start");
        test(card.notes).setValue("Do these on a firm bed");
        var stage = builder.working().stages().getFirst();
        assertThat(stage.name()).as("the name typed first is kept").isEqualTo("Gentle start");
        assertThat(stage.notes()).isEqualTo("Do these on a firm bed");
        assertThat(find(StageCard.class).first()).as("no card rebuilt for a keystroke").isSameAs(card);
        assertThat(builder.save.isEnabled()).isTrue();

        test(builder.save).click();
        assertThat(plans.get(plan).working().content().stages().getFirst().name()).isEqualTo("Gentle start");
        assertThat(find(StageCard.class).first()).as("the cards show what was saved").isSameAs(card);
    }

    private PlanBuilderView openBuilder() {
        return navigate("plans/" + plan, PlanBuilderView.class);
    }

    /** Searches the library panel and presses the row's "Add", as a physio would. */
    private void add(PlanBuilderView builder, String exerciseName) {
        test(builder.search).setValue(exerciseName);
        var grid = test(builder.picker);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).name().equals(exerciseName))
                .findFirst().orElseThrow();
        grid.invokeLitRendererFunction(row, 0, "add");
    }

}
