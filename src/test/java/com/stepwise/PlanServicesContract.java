package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.HistoryEntry;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanRefusedException;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PrerequisiteOverride;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.plan.StageContent;
import com.stepwise.plan.VersionState;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.ProgressionService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The plan rules through the service, on each database: every path into a plan passes the prerequisite check. */
abstract class PlanServicesContract {

    @Autowired
    TestClinics signIn;
    @Autowired
    PlanService plans;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ProgressionService progression;

    long client;
    long tilt;
    long part1;
    long part2;

    @BeforeEach
    void clinicWithClient() {
        signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Zoë");
        draft.setLastName("Ångström");
        draft.setDateOfBirth(LocalDate.of(1961, 4, 12));
        client = clients.create(draft);
        tilt = builtIn("somatic-pelvic-tilt");
        part1 = builtIn("gluteal-stretch-part-1");
        part2 = builtIn("gluteal-stretch-part-2");
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void refusesPartTwoInStageOneAndNamesTheMissingExerciseAndTheWaysForward() {
        long plan = plans.create(client, "Back to gardening", "Kneel and weed for 20 minutes", null);
        var content = plans.get(plan).working().content();
        var withPart2 = content.withExercise(content.stages().getFirst().key(), part2, dose(part2));

        assertThatThrownBy(() -> plans.save(plan, plans.get(plan).version(), withPart2))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageStartingWith("Gluteal stretches, part 2 needs Gluteal stretches, part 1 first")
                .hasMessageContaining("Add Gluteal stretches, part 1 to an earlier stage")
                .hasMessageContaining("record that the client already does it comfortably")
                .hasMessageContaining("override with a written reason");
        assertThat(plans.get(plan).working().content().exerciseCount()).isZero();
    }

    @Test
    void buildsTheThreeStageChainAndActivatesIt() {
        long plan = plans.create(client, "Gentle start", null, null);
        var details = plans.get(plan);
        var content = chain(details.working().content());
        details = plans.save(plan, details.version(), content);
        details = plans.activate(plan, details.version());

        assertThat(details.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(details.active().number()).isEqualTo(1);
        assertThat(details.active().activatedBy()).startsWith("Clinician ");
        assertThat(details.active().content().stages()).hasSize(3);
    }

    @Test
    void aSignOffLetsPartTwoStandInStageOne() {
        progression.recordSignOff(client, part1, "Does part 1 easily, seen today");
        long plan = plans.create(client, "Straight to part 2", null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), part2,
                dose(part2)));
        assertThat(plans.activate(plan, details.version()).status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(progression.signOffsOf(client)).singleElement()
                .satisfies(s -> assertThat(s.exerciseName()).isEqualTo("Gluteal stretches, part 1"));
    }

    @Test
    void duplicatingAStageLeavesItsOverridesOutAndAnOverrideKeepsItsAuthor() {
        var author = signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Wiremu");
        draft.setLastName("Tane");
        draft.setDateOfBirth(LocalDate.of(1980, 5, 5));
        long someone = clients.create(draft);
        long plan = plans.create(someone, "Overrides", null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), part2,
                dose(part2), PrerequisiteOverride.because("Did part 1 for months at her last clinic")
                        .covering(part1)));
        var given = details.working().content().prescriptions().findFirst().orElseThrow().overrides().getFirst();
        assertThat(given.clinicianName()).isEqualTo(author.displayName());

        // A colleague duplicates the stage: the copy carries no override, so it is refused as it stands.
        signIn.asNonAdminColleagueOf(author);
        var current = details.working().content();
        var duplicated = current.duplicateStage(current.stages().getFirst().key());
        assertThat(duplicated.stages().get(1).prescriptions().getFirst().overrides()).isEmpty();
        long version = details.version();
        assertThatThrownBy(() -> plans.save(plan, version, duplicated)).isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("needs Gluteal stretches, part 1 first");

        // The colleague's other edit keeps the original override with its original author and time.
        details = plans.save(plan, version, current.withStage("Later"));
        var kept = details.working().content().prescriptions().findFirst().orElseThrow().overrides().getFirst();
        assertThat(kept.clinicianName()).isEqualTo(author.displayName());
        assertThat(kept.at()).isEqualTo(given.at());

        // An override sent in with someone else's stamp is stamped afresh by the service.
        var forged = new PrerequisiteOverride(part1, "Another reason given by the colleague", author.clinicianId(),
                author.displayName(), given.at());
        var withForged = details.working().content();
        var key = withForged.prescriptions().findFirst().orElseThrow().key();
        details = plans.save(plan, details.version(), withForged.withOverride(key, forged));
        var stamped = details.working().content().prescriptions().findFirst().orElseThrow().overrides().getFirst();
        assertThat(stamped.clinicianName()).isEqualTo("A Colleague");
    }

    @Test
    void aClientFollowsOnePlanAtATime() {
        long first = activePlan("First plan");
        long second = plans.create(client, "Second plan", null, null);
        var details = plans.get(second);
        var content = details.working().content();
        details = plans.save(second, details.version(), content.withExercise(content.stages().getFirst().key(), tilt,
                dose(tilt)));
        long secondVersion = details.version();
        assertThatThrownBy(() -> plans.activate(second, secondVersion)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already follows \"First plan\"");
        plans.complete(first, plans.get(first).version());
        assertThat(plans.activate(second, secondVersion).status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plans.plansOf(client)).filteredOn(p -> p.status() == PlanStatus.ACTIVE).hasSize(1);
    }

    @Test
    void restBetweenRoundsIsBoundedBeforeItIsPrinted() {
        long plan = plans.create(client, "Rest", null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        content = content.withExercise(content.stages().getFirst().key(), tilt, dose(tilt));
        var key = content.prescriptions().findFirst().orElseThrow().key();
        long version = details.version();
        for (int rest : new int[] {-5, Integer.MAX_VALUE}) {
            var withRest = content.withDose(key, dose(tilt), rest);
            assertThatThrownBy(() -> plans.save(plan, version, withRest)).isInstanceOf(UserFacingException.class)
                    .hasMessage("Rest between rounds must be between 0 and 600 seconds.");
        }
        assertThat(plans.save(plan, version, content.withDose(key, dose(tilt), 90)).working().content()
                .prescriptions().findFirst().orElseThrow().restSeconds()).isEqualTo(90);
    }

    @Test
    void aPlanWithAnEmptyStageCannotBeActivated() {
        long plan = plans.create(client, "Gap", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Later");
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), tilt,
                dose(tilt)));
        long version = details.version();
        assertThatThrownBy(() -> plans.activate(plan, version)).hasMessageContaining("\"Later\" has no exercises");
    }

    @Test
    void aStagePrescribesEachExerciseOnceWhicheverWayTheContentWasBuilt() {
        long plan = plans.create(client, "Tilt twice", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Later");
        String first = content.stages().getFirst().key();
        String later = content.stages().get(1).key();
        var once = content.withExercise(first, tilt, dose(tilt));

        assertThatThrownBy(() -> once.withExercise(first, tilt, dose(tilt))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already in \"Stage 1\"");
        var inBoth = once.withExercise(later, tilt, dose(tilt));
        details = plans.save(plan, details.version(), inBoth);
        assertThat(details.working().content().exerciseCount()).as("kept up in a later stage: allowed").isEqualTo(2);
        var moved = inBoth.stages().get(1).prescriptions().getFirst().key();
        assertThatThrownBy(() -> inBoth.movePrescription(moved, first, 0)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already in \"Stage 1\"");

        // Content built by hand (an import, an API, a stored draft from before) meets the same rule in the service.
        var stage = once.stages().getFirst();
        var rx = stage.prescriptions().getFirst();
        var twice = new PlanContent(List.of(new StageContent(stage.key(), stage.name(), stage.notes(), List.of(rx,
                new PrescriptionContent("second", rx.exerciseId(), rx.dose(), null, "", List.of())))));
        long version = details.version();
        assertThatThrownBy(() -> plans.save(plan, version, twice)).isInstanceOf(UserFacingException.class)
                .hasMessage("Somatic pelvic tilt (3 parts) stands twice in \"Stage 1\". Remove one and change the "
                        + "other's dose instead: a stage prescribes each exercise once.");
        assertThatThrownBy(() -> plans.createTemplate("Tilt twice", null, twice)).hasMessageContaining("stands twice");
        assertThat(plans.get(plan).working().content()).as("nothing stored").isEqualTo(details.working().content());
    }

    @Test
    void anArchivedExerciseIsRefusedInNewContentButStaysWhereItWas() {
        var draft = exercises.draftForCopy(tilt);
        draft.setName("Our tilt " + java.util.UUID.randomUUID().toString().substring(0, 6));
        long own = exercises.create(draft, null);
        long plan = plans.create(client, "Archive", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Two");
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), own,
                dose(tilt)));
        exercises.archive(own);

        var kept = details.working().content().withStage("Three");
        details = plans.save(plan, details.version(), kept);
        assertThat(details.working().content().exerciseCount()).as("it stays where it was").isEqualTo(1);
        var again = details.working().content();
        var second = again.withExercise(again.stages().get(1).key(), own, dose(tilt));
        long version = details.version();
        assertThatThrownBy(() -> plans.save(plan, version, second)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("is archived");
        assertThatThrownBy(() -> plans.createTemplate("With archived", null, second.withoutPrescription(
                second.prescriptions().findFirst().orElseThrow().key()))).hasMessageContaining("is archived");
    }

    @Test
    void aCopyOfABuiltInExerciseKeepsItsPrerequisites() {
        long copy = exercises.create(exercises.draftForCopy(part2), part2);
        assertThat(progression.requirementsOf(copy)).extracting(r -> r.required().id()).containsExactly(part1);
        long plan = plans.create(client, "Walk around", null, null);
        var content = plans.get(plan).working().content();
        var withCopy = content.withExercise(content.stages().getFirst().key(), copy, dose(part2));
        assertThat(plans.problemsIntroduced(client, content, withCopy)).singleElement()
                .satisfies(p -> assertThat(p.missingNames()).isEqualTo("Gluteal stretches, part 1"));
    }

    @Test
    void theSameMovementUnderAnotherBuiltInNameStillNeedsPartOne() {
        long lifted = builtIn("figure-four-lifted");
        assertThat(progression.requirementsOf(lifted)).extracting(r -> r.required().id()).contains(part1);
    }

    private long activePlan(String title) {
        long plan = plans.create(client, title, null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), tilt,
                dose(tilt)));
        plans.activate(plan, details.version());
        return plan;
    }

    @Test
    void anOverrideNeedsAReasonAndIsRecordedWithWhoAndWhen() {
        assertThatThrownBy(() -> PrerequisiteOverride.because("ok")).hasMessageContaining("reason of at least");

        long plan = plans.create(client, "Override", null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(),
                part2, dose(part2), PrerequisiteOverride.because("Did part 1 for months at her last clinic")
                        .covering(part1)));

        var override = details.working().content().prescriptions().findFirst().orElseThrow().overrides().getFirst();
        assertThat(override.requiredExerciseId()).isEqualTo(part1);
        assertThat(override.clinicianName()).startsWith("Clinician ");
        assertThat(override.at()).isNotNull();
        assertThat(plans.problems(plan)).singleElement().satisfies(p -> assertThat(p.overridden()).isTrue());
        assertThat(plans.activate(plan, details.version()).status()).isEqualTo(PlanStatus.ACTIVE);
    }

    @Test
    void reorderingStagesAndRemovingAPrerequisiteAreRefused() {
        long plan = plans.create(client, "Chain", null, null);
        var details = plans.save(plan, plans.get(plan).version(), chain(plans.get(plan).working().content()));
        var content = details.working().content();
        long version = details.version();

        var partTwoFirst = content.moveStage(content.stages().get(2).key(), 0);
        assertThatThrownBy(() -> plans.save(plan, version, partTwoFirst)).isInstanceOf(PlanRefusedException.class);

        var withoutPart1 = content.withoutPrescription(key(content, part1));
        assertThatThrownBy(() -> plans.save(plan, version, withoutPart1)).hasMessageStartingWith(
                "Gluteal stretches, part 2 needs Gluteal stretches, part 1 first");

        var movedEarly = content.movePrescription(key(content, part2), content.stages().get(1).key(), 0);
        assertThatThrownBy(() -> plans.save(plan, version, movedEarly)).isInstanceOf(PlanRefusedException.class);
    }

    @Test
    void templatesArePathsIntoAPlanToo() {
        long plan = plans.create(client, "Source", "Calm the back", null);
        plans.save(plan, plans.get(plan).version(), chain(plans.get(plan).working().content()));
        long template = plans.saveAsTemplate(plan, "Low back, gentle start");
        assertThat(plans.templates()).extracting(t -> t.name()).contains("Low back, gentle start");

        long fromTemplate = plans.create(client, "From template", null, template);
        assertThat(plans.get(fromTemplate).working().content().exerciseCount()).isEqualTo(3);

        // The clinic later decides the pelvic tilt needs cat-cow first: the template no longer fits this client.
        progression.add(tilt, builtIn("cat-cow"), Criterion.DEFAULT);
        assertThatThrownBy(() -> plans.create(client, "Too early", null, template))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("needs Cat-cow first");
    }

    @Test
    void activationIsRefusedWhileAProblemIsUnresolved() {
        long plan = plans.create(client, "Chain", null, null);
        var details = plans.save(plan, plans.get(plan).version(), chain(plans.get(plan).working().content()));
        // A prerequisite added after the plan was built leaves the plan invalid; activation must notice.
        progression.add(tilt, builtIn("cat-cow"), Criterion.DEFAULT);
        long version = details.version();
        assertThatThrownBy(() -> plans.activate(plan, version)).isInstanceOf(PlanRefusedException.class)
                .hasMessageStartingWith("The plan cannot be activated yet.");
    }

    @Test
    void activatingFreezesAVersionAndLaterEditsStartTheNext() {
        long plan = plans.create(client, "Versions", null, null);
        var details = plans.save(plan, plans.get(plan).version(), chain(plans.get(plan).working().content()));
        details = plans.activate(plan, details.version());
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withDose(key(content, tilt), dose(tilt), 30));

        assertThat(details.versions()).extracting(v -> v.number()).containsExactly(2, 1);
        assertThat(details.working().state()).isEqualTo(VersionState.DRAFT);
        assertThat(details.active().number()).isEqualTo(1);
        assertThat(details.active().content().prescriptions().filter(p -> p.exerciseId() == tilt).findFirst()
                .orElseThrow().restSeconds()).as("version 1 is frozen").isNull();

        details = plans.activate(plan, details.version());
        assertThat(details.active().number()).isEqualTo(2);
        assertThat(details.versions().get(1).state()).isEqualTo(VersionState.SUPERSEDED);
    }

    @Test
    void aSecondSaveOverAColleaguesSaveIsAConflict() {
        long plan = plans.create(client, "Shared", null, null);
        var opened = plans.get(plan);
        plans.describe(plan, opened.version(), "Shared, renamed", null);
        assertThatThrownBy(() -> plans.save(plan, opened.version(), chain(opened.working().content())))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void anotherClinicCannotReadOrChangeAPlan() {
        long plan = plans.create(client, "Private", null, null);
        var details = plans.get(plan);
        signIn.atNewClinic();
        assertThatThrownBy(() -> plans.get(plan)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.save(plan, details.version(), details.working().content()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plansOf(client)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.create(client, "Intruder", null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progression.recordSignOff(client, part1, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theHistoryTellsWhoChangedWhatAndWhen() {
        long plan = plans.create(client, "Audited", null, null);
        var details = plans.save(plan, plans.get(plan).version(), chain(plans.get(plan).working().content()));
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(),
                builtIn("bird-dog"), dose(tilt), PrerequisiteOverride.because("Strong core from pilates classes")
                        .covering(builtIn("cat-cow"))));
        plans.activate(plan, details.version());
        progression.recordSignOff(client, part1, "Seen today, no pain");

        var history = plans.history(plan, 50).entries();
        assertThat(history).extracting(HistoryEntry::change).contains(
                "Started the plan \"Audited\"",
                "Added Gluteal stretches, part 2 to \"Stage 3\"",
                "Overrode Cat-cow before Bird-dog: \"Strong core from pilates classes\"",
                "Activated version 1",
                "Recorded that the client performs Gluteal stretches, part 1 comfortably: \"Seen today, no pain\"");
        assertThat(history).allSatisfy(entry -> assertThat(entry.clinician()).startsWith("Clinician "));
    }

    @Test
    void theNewestHistoryReadsAsTheWholeHistoryDoesWithoutReadingAllOfIt() {
        long plan = plans.create(client, "Long history", null, null);
        var details = plans.get(plan);
        details = plans.save(plan, details.version(), chain(details.working().content()));
        plans.activate(plan, details.version());
        for (int i = 1; i <= 6; i++) {
            details = plans.get(plan);
            var content = details.working().content();
            details = plans.save(plan, details.version(), content.withNotes(content.stages().getFirst()
                    .prescriptions().getFirst().key(), "Breathe out on the way up, change " + i));
            if (i % 3 == 0) {
                plans.activate(plan, details.version());
            }
        }
        var whole = plans.history(plan, 1_000);
        assertThat(whole.hasOlder()).isFalse();
        assertThat(whole.entries()).extracting(HistoryEntry::change)
                .as("a new version is told by what it changed from the one it was copied from")
                .contains("Started version 2 (changes to the active plan)", "Started version 3 (changes to the "
                        + "active plan)", "Changed the notes for Somatic pelvic tilt (3 parts)")
                .filteredOn(change -> change.startsWith("Added")).as("only version 1 added anything").hasSize(6);
        var newest = plans.history(plan, 3);
        assertThat(newest.hasOlder()).isTrue();
        assertThat(newest.entries()).as("the newest changes, worded as in the whole history (each diffed with the "
                + "save before it, even when that save is not shown)").isNotEmpty()
                .isEqualTo(whole.entries().stream().filter(e -> !e.at().isBefore(newest.from())).toList());
        assertThat(newest.entries().size()).isLessThan(whole.entries().size());
    }

    PlanContent chain(PlanContent content) {
        var plan = content.withStage("Stage 2").withStage("Stage 3");
        plan = plan.withExercise(plan.stages().get(0).key(), tilt, dose(tilt));
        plan = plan.withExercise(plan.stages().get(1).key(), part1, dose(part1));
        return plan.withExercise(plan.stages().get(2).key(), part2, dose(part2));
    }

    com.stepwise.exercise.Dose dose(long exerciseId) {
        return exercises.get(exerciseId).defaultDose();
    }

    static String key(PlanContent content, long exerciseId) {
        return content.prescriptions().filter(p -> p.exerciseId() == exerciseId).findFirst().orElseThrow().key();
    }

    long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
