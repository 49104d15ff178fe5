package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanPageSection;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.StageContent;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.StageReadiness;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.stream.IntStream;

/**
 * On an active plan's page: the stage the client is on and why, what leaving it needs (each exercise done to its
 * criterion), what the next stage needs besides, and "Ready to progress" with the button to advance; otherwise
 * "Advance anyway…" with a reason. A clinician may also place the client on another stage.
 */
@SpringComponent
class ReadinessSection implements PlanPageSection {

    private final ProgressService progress;

    ReadinessSection(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public Component create(PlanDetails plan) {
        var section = new Section();
        section.addClassNames("detail-section", "readiness");
        if (plan.status() != PlanStatus.ACTIVE || plan.active() == null) {
            section.setVisible(false);
            return section;
        }
        fill(section, plan.active().content().stages(), progress.readiness(plan.id()));
        return section;
    }

    private void fill(Section section, List<StageContent> stages, StageReadiness readiness) {
        section.removeAll();
        section.add(new H2("Progress: now on " + readiness.currentStageName()));
        if (readiness.placement() != null) {
            var why = new Paragraph("Why here: " + readiness.placement() + ".");
            why.addClassName("section-hint");
            section.add(why);
        }
        if (readiness.review() != null) {
            var review = new Div(new Span("Needs review: " + readiness.review() + ". Record a sign-off, place the "
                    + "client on an earlier stage, or give a reason by placing them here again."));
            review.addClassNames("form-problem", "review-notice");
            section.add(review);
        }
        if (readiness.redFlag()) {
            var alert = new Div(new Span("A red flag is open on the client page. Progressing waits until a "
                    + "clinician has acknowledged it with what was done."));
            alert.addClassName("form-problem");
            section.add(alert);
        }
        var place = new Button("Place on another stage…", e -> placeDialog(section, stages, readiness).open());
        if (!readiness.hasNextStage()) {
            section.add(new Paragraph("This is the last stage of the plan."), place);
            return;
        }
        section.add(new Paragraph("To leave " + readiness.currentStageName() + ":"), checks(readiness.toLeave()));
        if (readiness.toStart().stream().anyMatch(check -> !check.requirements().isEmpty())) {
            section.add(new Paragraph("To start " + readiness.nextStageName() + ":"), checks(readiness.toStart()));
        } else {
            section.add(new Paragraph("Next: " + readiness.nextStageName() + "."));
        }
        if (readiness.ready()) {
            section.add(new Badge("Ready to progress", Badge.Tone.SUCCESS));
            var advance = new Button("Advance to " + readiness.nextStageName(),
                    e -> advance(section, stages, readiness.planId()));
            advance.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            section.add(advance);
        } else {
            section.add(new Button("Advance anyway…", e -> overrideDialog(section, stages, readiness).open()));
        }
        section.add(place);
    }

    private static UnorderedList checks(List<StageReadiness.Check> checks) {
        var list = new UnorderedList();
        for (var check : checks) {
            var item = new ListItem(new Span(check.exerciseName() + (check.met() ? ": ready" : ": not yet")));
            if (!check.requirements().isEmpty()) {
                var requirements = new UnorderedList();
                check.requirements().forEach(words -> requirements.add(new ListItem(words)));
                item.add(requirements);
            }
            list.add(item);
        }
        return list;
    }

    private Dialog overrideDialog(Section section, List<StageContent> stages, StageReadiness readiness) {
        return reasonDialog("Advance to " + readiness.nextStageName() + " without the criteria", null,
                "Advance with this reason", (stage, reason) -> {
                    progress.advance(readiness.planId(), reason);
                    Notifications.success("The client is now on " + readiness.nextStageName() + ".");
                    fill(section, stages, progress.readiness(readiness.planId()));
                });
    }

    private Dialog placeDialog(Section section, List<StageContent> stages, StageReadiness readiness) {
        var stage = new Select<Integer>();
        stage.setLabel("Stage");
        stage.setItems(IntStream.range(0, stages.size()).boxed().toList());
        stage.setItemLabelGenerator(i -> i == null ? "" : "Stage " + (i + 1) + ": " + stages.get(i).name());
        stage.setValue(readiness.currentStage());
        return reasonDialog("Place the client on another stage", stage, "Place the client", (chosen, reason) -> {
            var after = progress.placeOn(readiness.planId(), chosen, reason);
            Notifications.success((chosen == readiness.currentStage() ? "The client stays on "
                    : "The client is now on ") + after.currentStageName() + ".");
            fill(section, stages, after);
        });
    }

    /** A choice (optional) and a reason, with the service's refusal shown in the dialog. */
    private Dialog reasonDialog(String title, Select<Integer> choice, String confirmText, Action action) {
        var reason = new TextArea("Why may the client move on now?");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("Needed when the criteria are not met. Recorded with your name and the time.");
        FormDialog.Action confirm = () -> action.run(choice == null ? null : choice.getValue(), reason.getValue());
        return choice == null
                ? new FormDialog(title, confirmText, ButtonVariant.LUMO_PRIMARY, confirm, reason)
                : new FormDialog(title, confirmText, ButtonVariant.LUMO_PRIMARY, confirm, choice, reason);
    }

    @FunctionalInterface
    private interface Action {
        void run(Integer stage, String reason);
    }

    private void advance(Section section, List<StageContent> stages, long planId) {
        try {
            var after = progress.advance(planId, null);
            Notifications.success("The client is now on " + after.currentStageName() + ".");
            fill(section, stages, after);
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }
}
