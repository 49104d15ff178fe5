package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UploadedImage;
import com.stepwise.base.UserFacingException;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.Equipment;
import com.stepwise.exercise.ExerciseDraft;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseSummary;
import com.stepwise.exercise.HoldUnit;
import com.stepwise.exercise.Sides;
import com.stepwise.exercise.StartingPosition;
import com.stepwise.exercise.TargetArea;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.ProgressionService;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What the exercise library and the prerequisite graph promise, run against each supported database: the
 * migrations build the catalogue, a clinic's exercise survives a round trip, and clinics never see each other.
 */
abstract class LibraryServicesContract {

    @Autowired
    TestClinics signIn;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ProgressionService progression;
    @Autowired
    ClinicService clinics;

    @BeforeEach
    void signInAtHarbour() {
        signIn.atHarbour();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void migrationsBuildTheBuiltInCatalogue() {
        var all = search(ExerciseFilter.ALL);
        assertThat(all.stream().filter(ExerciseSummary::builtIn)).hasSizeGreaterThanOrEqualTo(24);
        assertThat(all).extracting(ExerciseSummary::code)
                .contains("somatic-pelvic-tilt", "gluteal-stretch-part-1", "gluteal-stretch-part-2");
    }

    @Test
    void searchMatchesEveryWordTypedInTheName() {
        // Other tests add clinic copies of the gluteal stretches; the built-in ones are what this asserts.
        assertThat(search(filter("glute 2")).stream().filter(ExerciseSummary::builtIn))
                .extracting(ExerciseSummary::code).containsExactly("gluteal-stretch-part-2");
        assertThat(search(filter("GLUTEAL")).stream().filter(ExerciseSummary::builtIn)).hasSize(2);
        assertThat(search(filter("100%_"))).isEmpty();
    }

    @Test
    void filtersByAreaPositionEquipmentAndFloor() {
        var noFloor = search(new ExerciseFilter(null, null, null, null, true, false));
        assertThat(noFloor).isNotEmpty().allMatch(e -> !e.floorRequired());
        assertThat(noFloor).extracting(ExerciseSummary::code).contains("standing-hamstring-mobiliser");

        assertThat(search(new ExerciseFilter(null, TargetArea.HAMSTRINGS, null, null, false, false)))
                .isNotEmpty().allMatch(e -> e.targetAreas().contains(TargetArea.HAMSTRINGS));
        assertThat(search(new ExerciseFilter(null, null, StartingPosition.QUADRUPED, null, false, false)))
                .extracting(ExerciseSummary::code).contains("cat-cow", "bird-dog");
        assertThat(search(new ExerciseFilter(null, null, null, Equipment.BED, false, false)))
                .extracting(ExerciseSummary::code).containsExactly("hip-flexor-bed-edge");
    }

    @Test
    void pagesAndSortsInTheDatabase() {
        var firstPage = exercises.search(ExerciseFilter.ALL, PageRequest.of(0, 5, Sort.by("name")));
        assertThat(firstPage.getContent()).hasSize(5);
        assertThat(firstPage.getTotalElements()).isGreaterThanOrEqualTo(30);
        var names = firstPage.getContent().stream().map(ExerciseSummary::name).toList();
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void aClinicsOwnExerciseSurvivesARoundTrip() {
        var draft = draft("Wall slide " + unique());
        long id = exercises.create(draft, null);

        var saved = exercises.get(id);
        assertThat(saved.builtIn()).isFalse();
        assertThat(saved.name()).isEqualTo(draft.getName());
        assertThat(saved.code()).startsWith("wall-slide-");
        assertThat(saved.steps()).containsExactly("Stand with your back against a wall.",
                "Slide down a little, then back up.");
        assertThat(saved.cautions()).containsExactly("Stop if your knees hurt.");
        assertThat(saved.targetAreas()).containsExactlyInAnyOrder(TargetArea.LOWER_BACK, TargetArea.CORE);
        assertThat(saved.equipment()).containsExactly(Equipment.CHAIR);
        assertThat(saved.floorRequired()).isFalse();
        assertThat(saved.defaultDose().inWords()).isEqualTo("Hold for 5 seconds · 8 times · morning and evening");
        assertThat(saved.harder().code()).isEqualTo("plank");
    }

    @Test
    void aClinicsPhotoIsKeptCheckedAndPrivate() {
        var draft = draft("With photo " + unique());
        draft.setNewPhoto(UploadedImage.check(TestImages.jpeg(120, 90)));
        long id = exercises.create(draft, null);
        assertThat(exercises.get(id).hasPhoto()).isTrue();
        assertThat(exercises.photo(id)).hasValueSatisfying(p -> assertThat(p.width()).isEqualTo(120));

        long copy = exercises.create(exercises.draftForCopy(id), id);
        assertThat(exercises.photo(copy)).as("a copy keeps the photo").isPresent();

        signIn.atHillside();
        assertThatThrownBy(() -> exercises.photo(id)).isInstanceOf(NotFoundException.class);

        signIn.signIn(TestClinics.HARBOUR);
        var edit = exercises.draftForEdit(id);
        edit.setRemovePhoto(true);
        exercises.update(id, exercises.get(id).version(), edit);
        assertThat(exercises.get(id).hasPhoto()).isFalse();
        assertThat(exercises.photo(id)).isEmpty();
    }

    @Test
    void clinicsNeverSeeEachOthersExercises() {
        String name = "Harbour only " + unique();
        long id = exercises.create(draft(name), null);

        signIn.atHillside();
        assertThat(search(filter(name))).isEmpty();
        assertThat(exercises.refs(List.of(id))).isEmpty();
        assertThatThrownBy(() -> exercises.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exercises.update(id, 0, draft("Taken over"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exercises.archive(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progression.add(id, builtIn("cat-cow"), Criterion.DEFAULT))
                .isInstanceOf(NotFoundException.class);

        signIn.signIn(TestClinics.HARBOUR);
        assertThat(exercises.get(id).name()).isEqualTo(name);
    }

    @Test
    void builtInExercisesAreReadOnlyButCanBeCopied() {
        long part2 = builtIn("gluteal-stretch-part-2");
        assertThatThrownBy(() -> exercises.draftForEdit(part2)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("Copy it");
        assertThatThrownBy(() -> exercises.archive(part2)).isInstanceOf(UserFacingException.class);

        var copy = exercises.draftForCopy(part2);
        long copyId = exercises.create(copy, part2);
        var saved = exercises.get(copyId);
        assertThat(saved.builtIn()).isFalse();
        assertThat(saved.name()).isEqualTo("Gluteal stretches, part 2 (our version)");
        assertThat(saved.code()).isNotEqualTo("gluteal-stretch-part-2");
        assertThat(saved.steps()).isEqualTo(exercises.get(part2).steps());
    }

    @Test
    void archivedExercisesLeaveTheListButStayReadable() {
        String name = "Archivable " + unique();
        long id = exercises.create(draft(name), null);
        exercises.archive(id);

        assertThat(search(filter(name))).isEmpty();
        assertThat(search(new ExerciseFilter(name, null, null, null, false, true))).hasSize(1);
        assertThat(exercises.get(id).archived()).isTrue();

        exercises.restore(id);
        assertThat(search(filter(name))).hasSize(1);
    }

    @Test
    void aSaveOverSomeoneElsesNewerVersionIsRefused() {
        long id = exercises.create(draft("Contested " + unique()), null);
        long opened = exercises.get(id).version();
        exercises.update(id, opened, exercises.draftForEdit(id));

        var late = exercises.draftForEdit(id);
        late.setPurpose("Typed while a colleague saved.");
        assertThatThrownBy(() -> exercises.update(id, opened, late)).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
    }

    @Test
    void incompleteDraftsAreRefusedWithAClinicianMessage() {
        var draft = draft("");
        assertThatThrownBy(() -> exercises.create(draft, null)).isInstanceOf(UserFacingException.class)
                .hasMessage("Enter the exercise's name.");
        var noSteps = draft("No steps " + unique());
        noSteps.setSteps("  \n ");
        assertThatThrownBy(() -> exercises.create(noSteps, null))
                .hasMessage("Write the steps the client follows, one per line.");
        var badHold = draft("Bad hold " + unique());
        badHold.setHold(30);
        badHold.setHoldMax(10);
        assertThatThrownBy(() -> exercises.create(badHold, null)).hasMessageContaining("cannot be shorter");
    }

    @Test
    void theCanonicalChainIsBuiltIn() {
        long tilt = builtIn("somatic-pelvic-tilt");
        long part1 = builtIn("gluteal-stretch-part-1");
        long part2 = builtIn("gluteal-stretch-part-2");

        var requirements = progression.requirementsOf(part2);
        assertThat(requirements).singleElement().satisfies(p -> {
            assertThat(p.required().id()).isEqualTo(part1);
            assertThat(p.criterion()).isEqualTo(Criterion.DEFAULT);
            assertThat(p.builtIn()).isTrue();
        });
        assertThat(progression.unlocksOf(tilt)).extracting(p -> p.dependent().id()).containsExactly(part1);
        assertThat(progression.graph().missingFor(part2, java.util.Set.of(tilt))).containsExactly(part1);
    }

    @Test
    void anEdgeThatWouldCloseACircleIsRefusedWithTheCycleNamed() {
        long tilt = builtIn("somatic-pelvic-tilt");
        long part2 = builtIn("gluteal-stretch-part-2");
        assertThatThrownBy(() -> progression.add(tilt, part2, Criterion.DEFAULT))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("Somatic pelvic tilt (3 parts) already leads to Gluteal stretches, part 2 "
                        + "via Gluteal stretches, part 1.");
        assertThat(progression.requirementsOf(tilt)).isEmpty();
    }

    @Test
    void aClinicsOwnEdgesAreItsAloneAndRemovable() {
        long ownExercise = exercises.create(draft("Needs bird-dog " + unique()), null);
        long birdDog = builtIn("bird-dog");
        var added = progression.add(ownExercise, birdDog, new Criterion(4, 21, 2));
        assertThat(progression.requirementsOf(ownExercise)).singleElement()
                .satisfies(p -> assertThat(p.criterion()).isEqualTo(new Criterion(4, 21, 2)));

        long knees = builtIn("knees-to-chest-both");
        long figureFour = builtIn("figure-four");
        var clinicEdge = progression.add(knees, figureFour, Criterion.DEFAULT);
        signIn.atHillside();
        assertThat(progression.requirementsOf(knees)).extracting(p -> p.required().code())
                .containsExactly("knee-hug-single");
        assertThatThrownBy(() -> progression.remove(clinicEdge.id())).isInstanceOf(NotFoundException.class);

        signIn.signIn(TestClinics.HARBOUR);
        progression.remove(added.id());
        progression.remove(clinicEdge.id());
        assertThat(progression.requirementsOf(ownExercise)).isEmpty();
    }

    @Test
    void builtInEdgesCannotBeRemoved() {
        var builtInEdge = progression.requirementsOf(builtIn("gluteal-stretch-part-2")).getFirst();
        assertThatThrownBy(() -> progression.remove(builtInEdge.id())).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("cannot be removed");
    }

    long builtIn(String code) {
        return search(ExerciseFilter.ALL).stream().filter(e -> e.builtIn() && e.code().equals(code)).findFirst()
                .orElseThrow().id();
    }

    List<ExerciseSummary> search(ExerciseFilter filter) {
        return exercises.search(filter, Pageable.unpaged()).getContent();
    }

    static ExerciseFilter filter(String name) {
        return new ExerciseFilter(name, null, null, null, false, false);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    ExerciseDraft draft(String name) {
        var draft = new ExerciseDraft();
        draft.setName(name);
        draft.setPurpose("Gentle strengthening for clients who cannot get to the floor.");
        draft.setStartingPosition(StartingPosition.STANDING);
        draft.setFloorRequired(false);
        draft.setTargetAreas(EnumSet.of(TargetArea.LOWER_BACK, TargetArea.CORE));
        draft.setEquipment(EnumSet.of(Equipment.CHAIR));
        draft.setSteps("Stand with your back against a wall.\n\n  Slide down a little, then back up.  ");
        draft.setCautions("Stop if your knees hurt.");
        draft.setRepetitions(8);
        draft.setHold(5);
        draft.setHoldUnit(HoldUnit.SECONDS);
        draft.setSides(Sides.NONE);
        draft.setTimesPerDay(2);
        draft.setDaysPerWeek(7);
        draft.setIllustration("standing-hamstring-mobiliser");
        draft.setHarder(exercises.findRefsByName("plank", 1).getFirst());
        return draft;
    }
}
