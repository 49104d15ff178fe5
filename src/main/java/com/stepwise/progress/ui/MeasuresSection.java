package com.stepwise.progress.ui;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.Fields;
import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.progress.Change;
import com.stepwise.progress.FunctionalScale;
import com.stepwise.progress.MeasureResult;
import com.stepwise.progress.Oswestry;
import com.stepwise.progress.ProgressService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The client page's outcome measures: each result with its band and whether the change since last time matters. */
@SpringComponent
class MeasuresSection implements ClientPageSection {

    private final ProgressService progress;
    private final Clock clock;

    MeasuresSection(ProgressService progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 18;
    }

    @Override
    public Component create(ClientDetails client) {
        return new Panel(client.id());
    }

    final class Panel extends Section {

        private final long clientId;
        private final Div list = new Div();

        Panel(long clientId) {
            this.clientId = clientId;
            addClassNames("detail-section", "measures");
            var odi = new Button("Record Oswestry…", e -> oswestryDialog().open());
            var psfs = new Button("Record functional scale…", e -> functionalDialog().open());
            var actions = new Div(odi, psfs);
            actions.addClassName("form-actions");
            list.addClassName("edge-list");
            add(new H2("Outcome measures"), list, actions);
            refresh();
        }

        private void refresh() {
            list.removeAll();
            var results = progress.measures(clientId);
            if (results.isEmpty()) {
                list.add(Markup.of("p", "edge-empty").text("No questionnaires recorded yet.").toHtml());
            }
            results.forEach(result -> list.add(row(result)));
        }

        private Component row(MeasureResult result) {
            var row = Markup.of("div", "edge")
                    .element("span", "edge-name", result.kind().label() + ", " + Dates.format(result.measuredOn()))
                    .element("span", "edge-criterion",
                            result.scoreInWords() + " · recorded by " + result.recordedBy());
            if (result.changeSincePrevious() != null && result.changeSincePrevious() != Change.NO_MEANINGFUL_CHANGE) {
                Badge.append(row, result.changeSincePrevious().label(),
                        result.changeSincePrevious() == Change.MEANINGFUL_IMPROVEMENT ? Badge.Tone.SUCCESS
                                : Badge.Tone.ERROR);
            }
            return row.toHtml();
        }

        Dialog oswestryDialog() {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Oswestry Disability Index");
            var date = datePicker();
            var form = new FormLayout(date);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
            form.setColspan(date, 2);
            var help = new Paragraph("Enter each section's score from the clinic's own form, 0 (no difficulty) to 5. "
                    + "Leave a section the client did not answer as \"Not answered\"; with more than "
                    + Oswestry.MOST_MISSING + " missing the result is kept but not compared.");
            help.addClassName("section-hint");
            form.add(help, 2);
            Map<Oswestry.Section, Select<Integer>> answers = new LinkedHashMap<>();
            for (var section : Oswestry.Section.values()) {
                var select = new Select<Integer>();
                select.setLabel(section.title());
                select.setItems(0, 1, 2, 3, 4, 5);
                select.setItemLabelGenerator(value -> value == null ? "Not answered" : section.scoreInWords(value));
                select.setEmptySelectionAllowed(true);
                select.setEmptySelectionCaption("Not answered");
                answers.put(section, select);
                form.add(select);
            }
            return resultDialog(dialog, form, () -> {
                var given = new EnumMap<Oswestry.Section, Integer>(Oswestry.Section.class);
                answers.forEach((section, select) -> {
                    if (select.getValue() != null) {
                        given.put(section, select.getValue());
                    }
                });
                return progress.recordOswestry(clientId, date.getValue(), given);
            });
        }

        Dialog functionalDialog() {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Patient-Specific Functional Scale");
            var date = datePicker();
            var form = new FormLayout(date);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
            form.setColspan(date, 3);
            var names = new ArrayList<TextField>();
            var ratings = new ArrayList<IntegerField>();
            for (int i = 1; i <= 5; i++) {
                var activity = new TextField("Activity " + i + (i > 3 ? " (optional)" : ""));
                activity.setMaxLength(FunctionalScale.MAX_NAME);
                activity.setPlaceholder(i == 1 ? "e.g. Tying my shoes" : "");
                var rating = Fields.wholeNumber("0 unable – 10 as before", 0, 10);
                names.add(activity);
                ratings.add(rating);
                form.add(activity, 2);
                form.add(rating);
            }
            return resultDialog(dialog, form, () -> {
                var activities = new ArrayList<FunctionalScale.Activity>();
                for (int i = 0; i < names.size(); i++) {
                    if (!names.get(i).getValue().isBlank() || ratings.get(i).getValue() != null) {
                        activities.add(new FunctionalScale.Activity(names.get(i).getValue(),
                                ratings.get(i).getValue() == null ? -1 : ratings.get(i).getValue()));
                    }
                }
                return progress.recordFunctionalScale(clientId, date.getValue(), activities);
            });
        }

        private DatePicker datePicker() {
            var date = Fields.date("Date",
                    "Enter the date the questionnaire was filled in, within the last two years.");
            date.setRequired(true);
            date.setValue(LocalDate.now(clock));
            date.setMax(LocalDate.now(clock));
            date.setMin(LocalDate.now(clock).minusYears(2));
            return date;
        }

        private Dialog resultDialog(Dialog dialog, FormLayout form, java.util.function.Supplier<MeasureResult> save) {
            var problem = new Div();
            problem.addClassName("form-problem");
            problem.setVisible(false);
            dialog.add(form, problem);
            dialog.setWidth("min(46rem, 95vw)");
            var confirm = new Button("Save and score", e -> {
                try {
                    var result = save.get();
                    dialog.close();
                    Notifications.success(result.kind().label() + ": " + result.scoreInWords() + ".");
                    refresh();
                } catch (UserFacingException refused) {
                    problem.setText(refused.getMessage());
                    problem.setVisible(true);
                }
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
            return dialog;
        }
    }
}
