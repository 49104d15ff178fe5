package com.stepwise.plan.ui;

import com.stepwise.plan.PlanProblem;
import com.stepwise.plan.PrerequisiteOverride;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * "Not yet": why a change was refused and the three ways forward: put the missing exercise in an earlier stage,
 * record that the client already does it comfortably, or override with a written reason.
 */
class RefusalDialog extends Dialog {

    final Button addEarlier;
    final Button signOff;
    final TextArea signOffNote = new TextArea("What did you see?");
    final Button confirmSignOff = new Button("Record the sign-off");
    final Button override = new Button("Override…");
    final TextArea reason = new TextArea("Why may the client do this now?");
    final Button confirmOverride = new Button("Override with this reason");
    final Div problem = new Div();

    RefusalDialog(PlanProblem first, Runnable onAddEarlier, Consumer<String> onSignOff,
                  Consumer<PrerequisiteOverride> onOverride) {
        setHeaderTitle("Not yet: " + first.exercise().name());
        var message = new Paragraph(first.message());
        message.addClassName("refusal-message");
        addEarlier = new Button("Add " + first.missingNames() + " to an earlier stage", e -> {
            close();
            onAddEarlier.run();
        });
        addEarlier.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff = new Button("Record that the client does " + first.missingNames() + " comfortably…", e -> {
            signOffNote.setVisible(true);
            confirmSignOff.setVisible(true);
            reason.setVisible(false);
            confirmOverride.setVisible(false);
            signOffNote.focus();
        });
        signOffNote.setVisible(false);
        signOffNote.setWidthFull();
        signOffNote.setMaxLength(500);
        signOffNote.setHelperText("A clinical observation on the client's record, dated and signed with your name, "
                + "kept whether or not you save this plan; it can be withdrawn later with a reason.");
        confirmSignOff.setVisible(false);
        confirmSignOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmSignOff.addClickListener(e -> {
            if (signOffNote.getValue().strip().length() < 5) {
                problem.setText("Write what you saw, such as \"Did 10 slow tilts without pain in clinic today\".");
                problem.setVisible(true);
                return;
            }
            close();
            onSignOff.accept(signOffNote.getValue());
        });
        reason.setVisible(false);
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("At least " + PrerequisiteOverride.MIN_REASON + " characters. Recorded with your name and "
                + "the time, and shown wherever the plan is shown.");
        confirmOverride.setVisible(false);
        confirmOverride.addThemeVariants(ButtonVariant.LUMO_ERROR);
        override.addClickListener(e -> {
            signOffNote.setVisible(false);
            confirmSignOff.setVisible(false);
            reason.setVisible(true);
            confirmOverride.setVisible(true);
            reason.focus();
        });
        problem.addClassName("form-problem");
        problem.setVisible(false);
        confirmOverride.addClickListener(e -> {
            try {
                var given = PrerequisiteOverride.because(reason.getValue());
                close();
                onOverride.accept(given);
            } catch (com.stepwise.base.UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        });
        var ways = new Div(addEarlier, signOff, override);
        ways.addClassName("refusal-ways");
        add(message, ways, signOffNote, reason, problem);
        getFooter().add(new Button("Cancel", e -> close()), confirmSignOff, confirmOverride);
        setWidth("min(44rem, 95vw)");
    }
}
