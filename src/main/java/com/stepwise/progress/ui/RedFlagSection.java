package com.stepwise.progress.ui;

import com.stepwise.base.ui.Markup;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.progress.LogSource;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.RedFlagAction;
import com.stepwise.progress.RedFlagView;
import com.stepwise.progress.Symptom;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * At the top of the client page, before anything else: every red flag no clinician has acknowledged yet, whatever
 * day it was reported for, urgent ones first with what to do. It cannot be dismissed; it leaves only when a
 * clinician acknowledges each flag with what was done, which the timeline then keeps.
 */
@SpringComponent
class RedFlagSection implements ClientPageSection {

    private final ProgressService progress;

    RedFlagSection(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(ClientDetails client) {
        return new Alert(client.id());
    }

    /** The alert itself; it redraws after each acknowledgement and after a new red flag is saved on the page. */
    final class Alert extends Section {

        private final long clientId;

        Alert(long clientId) {
            this.clientId = clientId;
            addClassNames("form-problem", "red-flags");
            getElement().setAttribute("role", "alert");
            refresh();
        }

        void refresh() {
            removeAll();
            var flags = progress.openRedFlags(clientId);
            setVisible(!flags.isEmpty());
            if (flags.isEmpty()) {
                return;
            }
            add(new H2(flags.size() == 1 ? "A red flag needs your attention" : flags.size()
                    + " red flags need your attention"));
            for (var urgency : Symptom.Urgency.values()) {
                var ofUrgency = flags.stream().filter(flag -> flag.symptom().urgency() == urgency).toList();
                if (ofUrgency.isEmpty()) {
                    continue;
                }
                var group = new Div();
                group.addClassNames("red-flag-group", urgency == Symptom.Urgency.URGENT ? "urgent" : "contact");
                group.add(Markup.of("div", null).element("h3", null, urgency.label())
                        .element("p", null, urgency.advice()).toHtml());
                ofUrgency.forEach(flag -> group.add(row(flag)));
                add(group);
            }
            add(new Paragraph("Progressing the plan is held back while a red flag is open."));
        }

        /** Scrolls the alert into view, for a red flag just saved further down the page. */
        void reveal() {
            refresh();
            getElement().callJsFunction("scrollIntoView", true);
        }

        private Component row(RedFlagView flag) {
            String from = flag.source() == LogSource.CLIENT ? flag.source().label()
                    : flag.source().label() + " by " + flag.recordedBy();
            var text = new Span(flag.symptom().label() + ", reported for " + Dates.format(flag.reportedOn()) + " ("
                    + from + ")"
                    + (flag.note() == null ? "" : ": \"" + flag.note() + "\""));
            var acknowledge = new Button("Acknowledge…", e -> new AcknowledgeDialog(flag).open());
            acknowledge.setAriaLabel("Acknowledge " + flag.symptom().label());
            var row = new Div(text, acknowledge);
            row.addClassName("red-flag-row");
            return row;
        }

        /** What was done about one red flag: an action and a note, both required. */
        final class AcknowledgeDialog extends FormDialog {

            final RadioButtonGroup<RedFlagAction> action;
            final TextArea note;

            AcknowledgeDialog(RedFlagView flag) {
                this(flag, new RadioButtonGroup<>("What did you do?"), new TextArea("Note"));
            }

            private AcknowledgeDialog(RedFlagView flag, RadioButtonGroup<RedFlagAction> action, TextArea note) {
                super("Acknowledge: " + flag.symptom().label(), "Acknowledge", ButtonVariant.LUMO_PRIMARY, () -> {
                    progress.acknowledge(flag.id(), flag.version(), action.getValue(), note.getValue());
                    Notifications.success("Red flag acknowledged: " + flag.symptom().label() + ".");
                    refresh();
                }, new Paragraph(flag.symptom().urgency().advice()), action, note);
                this.action = action;
                this.note = note;
                action.setItems(RedFlagAction.values());
                action.setItemLabelGenerator(RedFlagAction::label);
                action.setRequired(true);
                note.setWidthFull();
                note.setMaxLength(1000);
                note.setRequired(true);
                note.setHelperText("What was done or agreed, for the record: who you spoke to and what you advised.");
            }
        }
    }
}
