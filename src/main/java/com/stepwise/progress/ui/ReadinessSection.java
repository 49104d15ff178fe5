package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Notifications;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanPageSection;
import com.stepwise.plan.PlanStatus;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * On an active plan's page: the stage the client is on, what is met and what is missing for each exercise of the
 * next stage, and "Ready to progress" with the button to advance; otherwise "Advance anyway…" with a reason.
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
        if (plan.status() != PlanStatus.ACTIVE) {
            section.setVisible(false);
            return section;
        }
        fill(section, progress.readiness(plan.id()));
        return section;
    }

    private void fill(Section section, StageReadiness readiness) {
        section.removeAll();
        section.add(new H2("Progress: now on " + readiness.currentStageName()));
        if (readiness.redFlag()) {
            var alert = new Div(new Span("A red-flag symptom was reported in the last two weeks. Progressing waits "
                    + "until you have spoken with the client."));
            alert.addClassName("form-problem");
            section.add(alert);
        }
        if (!readiness.hasNextStage()) {
            section.add(new Paragraph("This is the last stage of the plan."));
            return;
        }
        var list = new UnorderedList();
        for (var unlock : readiness.unlocks()) {
            var item = new ListItem(new Span(unlock.exerciseName() + (unlock.met() ? ": ready" : ": not yet")));
            if (!unlock.requirements().isEmpty()) {
                var requirements = new UnorderedList();
                unlock.requirements().forEach(words -> requirements.add(new ListItem(words)));
                item.add(requirements);
            }
            list.add(item);
        }
        section.add(new Paragraph("Next: " + readiness.nextStageName()), list);
        if (readiness.ready()) {
            section.add(new Badge("Ready to progress", Badge.Tone.SUCCESS));
            var advance = new Button("Advance to " + readiness.nextStageName(),
                    e -> advance(section, readiness.planId(), null));
            advance.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            section.add(advance);
        } else {
            section.add(new Button("Advance anyway…", e -> overrideDialog(section, readiness).open()));
        }
    }

    private Dialog overrideDialog(Section section, StageReadiness readiness) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Advance to " + readiness.nextStageName() + " without the criteria");
        var reason = new TextArea("Why may the client move on now?");
        reason.setWidthFull();
        reason.setHelperText("Recorded with your name and the time.");
        var problem = new Div();
        problem.addClassName("form-problem");
        problem.setVisible(false);
        dialog.add(reason, problem);
        var confirm = new Button("Advance with this reason", e -> {
            try {
                progress.advance(readiness.planId(), reason.getValue());
                dialog.close();
                Notifications.success("The client is now on " + readiness.nextStageName() + ".");
                fill(section, progress.readiness(readiness.planId()));
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }

    private void advance(Section section, long planId, String reason) {
        try {
            var after = progress.advance(planId, reason);
            Notifications.success("The client is now on " + after.currentStageName() + ".");
            fill(section, after);
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }
}
