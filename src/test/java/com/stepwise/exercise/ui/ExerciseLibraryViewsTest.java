package com.stepwise.exercise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.TestImages;
import com.stepwise.base.ui.ShownText;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseSummary;
import com.stepwise.exercise.StartingPosition;
import com.stepwise.exercise.TargetArea;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The library screens as a physio uses them, without a browser: search, filter, open, create, link. */
@IntegrationTest
class ExerciseLibraryViewsTest extends SpringBrowserlessTest {

    private static final String SAVE = "Save exercise";

    @Autowired
    TestClinics signIn;
    @Autowired
    ExerciseService exercises;

    /** Signs in before the base class builds the Vaadin environment, so the mock request carries the user. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atHarbour();
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void searchingByNameNarrowsTheLibrary() {
        var view = navigate(ExerciseListView.class);
        test(view.search).setValue("knee hug");

        var rows = rows(view);
        assertThat(rows).isNotEmpty().allMatch(e -> e.name().toLowerCase().contains("knee hug"));
        assertThat(rows).extracting(ExerciseSummary::code).contains("knee-hug-single");
    }

    @Test
    void filtersCombineToWhatTheClientCanDo() {
        var view = navigate(ExerciseListView.class);
        test(view.noFloor).click();
        test(view.position).selectItem(StartingPosition.SEATED.label());

        var rows = rows(view);
        assertThat(rows).extracting(ExerciseSummary::code)
                .containsExactlyInAnyOrder("seated-low-back-hamstring-stretch", "seated-low-back-stretch");

        test(view.targetArea).selectItem(TargetArea.HAMSTRINGS.label());
        assertThat(rows(view)).extracting(ExerciseSummary::code).containsExactly("seated-low-back-hamstring-stretch");
    }

    @Test
    void nothingMatchingShowsAnEmptyStateInsteadOfABlankGrid() {
        var view = navigate(ExerciseListView.class);
        test(view.search).setValue("no such exercise anywhere");
        assertThat(rows(view)).isEmpty();
        assertThat(ShownText.of(view.grid.getEmptyStateComponent())).contains("No exercises match");
    }

    @Test
    void savingAnIncompleteExerciseSaysWhatToFixAndKeepsWhatWasTyped() {
        var editor = navigate(ExerciseEditorView.class);
        test(editor.form.purpose).setValue("Loosens the hips before walking.");
        test(editor.form.steps).setValue("");
        clickSave();

        assertThat(editor.form.name.isInvalid()).isTrue();
        assertThat(editor.form.name.getErrorMessage()).isEqualTo("Enter the exercise's name.");
        assertThat(editor.form.startingPosition.getErrorMessage()).isEqualTo("Choose the position the client starts in.");
        assertThat(editor.form.targetAreas.getErrorMessage()).isEqualTo("Choose at least one area the exercise works on.");
        assertThat(editor.form.steps.getErrorMessage()).isEqualTo("Write the steps the client follows, one per line.");
        assertThat(problem().isVisible()).isTrue();
        assertThat(editor.form.purpose.getValue()).isEqualTo("Loosens the hips before walking.");
        assertThat(getCurrentView()).isSameAs(editor);
    }

    @Test
    void aDoseThatDoesNotAddUpIsExplainedAndNothingIsLost() {
        var editor = navigate(ExerciseEditorView.class);
        fillValid(editor, "Hip hinge practice " + System.nanoTime());
        test(editor.form.hold).setValue(30);
        test(editor.form.holdMax).setValue(10);
        clickSave();

        assertThat(problem().isVisible()).isTrue();
        assertThat(problem().getText()).contains("cannot be shorter");
        assertThat(editor.form.hold.getValue()).isEqualTo(30);
        assertThat(getCurrentView()).isSameAs(editor);
    }

    @Test
    void aValidExerciseIsSavedAndOpened() {
        String name = "Hip hinge practice " + System.nanoTime();
        var editor = navigate(ExerciseEditorView.class);
        fillValid(editor, name);
        clickSave();

        assertThat(getCurrentView()).isInstanceOf(ExerciseDetailView.class);
        assertThat(exercises.search(new ExerciseFilter(name, null, null, null, false, false), Pageable.unpaged()))
                .singleElement().satisfies(e -> assertThat(e.builtIn()).isFalse());
    }

    @Test
    void anUploadThatIsNotAPictureIsRefusedAndAPhotoIsKept() {
        String name = "Photo exercise " + System.nanoTime();
        var editor = navigate(ExerciseEditorView.class);
        fillValid(editor, name);

        test(editor.form.photoUpload).upload("notes.png", "image/png", "not a picture".getBytes());
        assertThat(editor.form.photoProblem.isVisible()).isTrue();
        assertThat(editor.form.photoProblem.getText()).contains("Only PNG and JPEG");
        assertThat(editor.form.removePhoto.isVisible()).as("nothing was kept").isFalse();

        test(editor.form.photoUpload).upload("wall-slide.png", "image/png", TestImages.png(200, 120));
        assertThat(editor.form.photoProblem.isVisible()).isFalse();
        assertThat(editor.form.removePhoto.isVisible()).isTrue();
        clickSave();

        var saved = exercises.search(new ExerciseFilter(name, null, null, null, false, false), Pageable.unpaged())
                .getContent().getFirst();
        assertThat(saved.hasPhoto()).isTrue();
    }

    @Test
    void aColleaguesSaveInBetweenGivesAConflictNoticeAndKeepsWhatWasTyped() {
        var draft = exercises.draftForCopy(builtIn("bird-dog"));
        draft.setName("Shared bird-dog " + System.nanoTime());
        long id = exercises.create(draft, null);
        var editor = navigate("exercises/" + id + "/edit", ExerciseEditorView.class);
        test(editor.form.purpose).setValue("My careful wording for this client group.");

        var colleague = exercises.draftForEdit(id);
        colleague.setCautions("Keep the neck long.");
        exercises.update(id, exercises.get(id).version(), colleague);

        clickSave();
        assertThat(problem().getText()).contains("changed by someone else");
        assertThat(editor.form.purpose.getValue()).isEqualTo("My careful wording for this client group.");
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(exercises.get(id).cautions()).as("the colleague's save stands").containsExactly("Keep the neck long.");
    }

    @Test
    void partTwoShowsThatItRequiresPartOne() {
        navigate("exercises/" + builtIn("gluteal-stretch-part-2"), ExerciseDetailView.class);

        var requires = find(Div.class).withClassName("edge-list").all().getFirst();
        assertThat(ShownText.of(requires)).contains("Gluteal stretches, part 1")
                .contains("3 comfortable sessions within 14 days, pain no higher than 3 out of 10");
        assertThat(find(Button.class).withText("Copy").exists()).isTrue();
        assertThat(find(Button.class).withText("Edit").exists()).as("built-in exercises are read-only").isFalse();
    }

    @Test
    void aPrerequisiteThatWouldCloseACircleIsRefusedOnScreen() {
        navigate("exercises/" + builtIn("somatic-pelvic-tilt"), ExerciseDetailView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Object> required = find(ComboBox.class).withLabel("Requires").single();
        test(required).setFilter("part 2");
        test(required).selectItem("Gluteal stretches, part 2");
        test(find(Button.class).withText("Add prerequisite").single()).click();

        var problem = find(Div.class).withClassName("form-problem").single();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("already leads to Gluteal stretches, part 2 via Gluteal stretches, "
                + "part 1");
        assertThat(find(Paragraph.class).withText("Nothing: this exercise can be prescribed from the start.").exists())
                .as("the refused edge was not added").isTrue();
    }

    private void fillValid(ExerciseEditorView editor, String name) {
        test(editor.form.name).setValue(name);
        test(editor.form.purpose).setValue("Teaches bending from the hips.");
        test(editor.form.startingPosition).selectItem(StartingPosition.STANDING.label());
        test(editor.form.targetAreas).selectItem(TargetArea.HAMSTRINGS.label());
        test(editor.form.steps).setValue("Stand tall.\nHinge forward from the hips.\nCome back up.");
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }

    private java.util.List<ExerciseSummary> rows(ExerciseListView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private void clickSave() {
        test(find(Button.class).withText(SAVE).single()).click();
    }

    private Div problem() {
        return find(Div.class).withClassName("editor-problem").single();
    }
}
