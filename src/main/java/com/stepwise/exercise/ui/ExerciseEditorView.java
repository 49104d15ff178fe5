package com.stepwise.exercise.ui;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.EditorView;
import com.stepwise.base.ui.Notifications;
import com.stepwise.exercise.ExerciseDraft;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.exercise.ExerciseService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/**
 * Creates a clinic's own exercise (from scratch, or as a copy of any visible one) or edits one. Nothing typed is
 * lost on a refusal: the form keeps its values and says what to fix.
 */
@Route("exercises/new")
@RouteAlias("exercises/:id/edit")
@PermitAll
class ExerciseEditorView extends EditorView implements BeforeEnterObserver {

    private final ExerciseService exercises;
    final ExerciseForm form;
    private Long editingId;
    private long openedVersion;
    private Long copiedFromId;

    ExerciseEditorView(ExerciseService exercises, ExerciseIllustrations illustrations) {
        super("Save exercise");
        this.exercises = exercises;
        this.form = new ExerciseForm(exercises, illustrations);
        setForm(form);
        addClassName("exercise-editor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        var copyOf = event.getLocation().getQueryParameters().getSingleParameter("copyOf");
        try {
            if (id.isPresent()) {
                editingId = id.get();
                var current = exercises.get(editingId);
                openedVersion = current.version();
                form.edit(exercises.draftForEdit(editingId), current.hasPhoto() ? Pictures.photo(editingId) : null);
                setHeading("Edit exercise", "Changes apply to new plans and handouts from now on.");
            } else if (copyOf.isPresent()) {
                copiedFromId = Long.valueOf(copyOf.get());
                form.edit(exercises.draftForCopy(copiedFromId), null);
                setHeading("Copy exercise", "Your clinic's own version. The original stays as it is.");
            } else {
                var draft = new ExerciseDraft();
                draft.setIllustration("knee-hug-single");
                form.edit(draft, null);
                setHeading("New exercise", "An exercise of your clinic's own, for your clinicians only.");
            }
        } catch (NumberFormatException | NotFoundException missing) {
            Notifications.problem("That exercise could not be found. It may belong to another clinic.");
            event.forwardTo(ExerciseListView.class);
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
            event.forwardTo(ExerciseListView.class);
        }
    }

    @Override
    protected void save() {
        clearProblem();
        if (!form.validate()) {
            showProblem("Some fields need attention; each one says what to change.");
            return;
        }
        try {
            long id;
            if (editingId != null) {
                exercises.update(editingId, openedVersion, form.draft());
                id = editingId;
            } else {
                id = exercises.create(form.draft(), copiedFromId);
            }
            Notifications.success("Saved " + form.draft().getName().strip() + ".");
            getUI().ifPresent(ui -> ui.navigate(ExerciseDetailView.class,
                    new RouteParameters("id", String.valueOf(id))));
        } catch (UserFacingException refused) {
            showProblem(refused.getMessage());
        }
    }

    @Override
    protected void cancel() {
        if (editingId != null) {
            getUI().ifPresent(ui -> ui.navigate(ExerciseDetailView.class,
                    new RouteParameters("id", String.valueOf(editingId))));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ExerciseListView.class));
        }
    }
}
