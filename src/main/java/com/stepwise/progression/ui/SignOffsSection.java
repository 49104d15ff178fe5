package com.stepwise.progression.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.progression.ProgressionService;
import com.stepwise.progression.SignOffView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The client page's sign-offs: what the client already does comfortably, who said so and when. */
@SpringComponent
class SignOffsSection implements ClientPageSection {

    private final ProgressionService progression;
    private final ExerciseService exercises;

    SignOffsSection(ProgressionService progression, ExerciseService exercises) {
        this.progression = progression;
        this.exercises = exercises;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(ClientDetails client) {
        return new Panel(client.id());
    }

    final class Panel extends Section {

        private final long clientId;
        private final Div list = new Div();
        final ComboBox<ExerciseRef> exercise = new ComboBox<>("Performs comfortably");
        final TextField note = new TextField("What did you see?");
        final Div problem = new Div();

        Panel(long clientId) {
            this.clientId = clientId;
            addClassNames("detail-section", "sign-offs");
            var hint = Markup.of("p", "section-hint").text("A sign-off records that you saw the client do an "
                    + "exercise comfortably. It counts as met for every exercise that requires it, unless pain above "
                    + "the limit or an open red flag outweighs it. Withdraw it if that stops being true.").toHtml();
            exercise.setItems(query -> exercises.findRefsByName(query.getFilter().orElse(""),
                    query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
            exercise.setItemLabelGenerator(ExerciseRef::name);
            exercise.setClearButtonVisible(true);
            note.setPlaceholder("e.g. seen in clinic, no pain");
            note.setMaxLength(500);
            var record = new Button("Record sign-off", e -> record());
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            problem.addClassName("form-problem");
            problem.setVisible(false);
            var form = new Div(exercise, note, record);
            form.addClassName("prerequisite-form");
            list.addClassName("edge-list");
            add(new H2("Sign-offs"), hint, list, form, problem);
            refresh();
        }

        private void record() {
            problem.setVisible(false);
            if (exercise.getValue() == null) {
                problem.setText("Choose the exercise the client does comfortably.");
                problem.setVisible(true);
                return;
            }
            try {
                var saved = progression.recordSignOff(clientId, exercise.getValue().id(), note.getValue());
                Notifications.success("Recorded: performs " + saved.exerciseName() + " comfortably.");
                exercise.clear();
                note.clear();
                refresh();
            } catch (UserFacingException refused) {
                problem.setText(refused.getMessage());
                problem.setVisible(true);
            }
        }

        private void refresh() {
            list.removeAll();
            var signOffs = progression.signOffsOf(clientId);
            if (signOffs.isEmpty()) {
                list.add(Markup.of("p", "edge-empty").text("None yet.").toHtml());
            }
            signOffs.forEach(s -> list.add(row(s)));
        }

        private Component row(SignOffView signOff) {
            var name = new Span(signOff.exerciseName());
            name.addClassName("edge-name");
            var who = new Span(signOff.signedBy() + ", " + Dates.format(signOff.signedAt())
                    + (signOff.note() == null ? "" : " · " + signOff.note())
                    + (signOff.current() ? "" : " · withdrawn by " + signOff.withdrawn().by() + ", "
                    + Dates.format(signOff.withdrawn().at()) + ": " + signOff.withdrawn().reason()));
            who.addClassName("edge-criterion");
            var row = new Div(name, who);
            row.addClassName("edge");
            if (signOff.current()) {
                var withdraw = new Button("Withdraw…", e -> withdrawDialog(signOff).open());
                withdraw.setAriaLabel("Withdraw the sign-off of " + signOff.exerciseName());
                row.add(withdraw);
            } else {
                row.addClassName("withdrawn");
            }
            return row;
        }

        Dialog withdrawDialog(SignOffView signOff) {
            var reason = new TextArea("Why does it no longer hold?");
            reason.setWidthFull();
            reason.setMaxLength(500);
            reason.setHelperText("Kept in the record with your name and the time. Plans that relied on it are "
                    + "flagged for review.");
            return new FormDialog("Withdraw the sign-off of " + signOff.exerciseName(), "Withdraw the sign-off",
                    ButtonVariant.LUMO_ERROR, () -> {
                        progression.withdrawSignOff(signOff.id(), reason.getValue());
                        Notifications.success("Withdrawn: " + signOff.exerciseName() + " no longer counts as met.");
                        refresh();
                    }, reason);
        }
    }
}
