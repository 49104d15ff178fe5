package com.stepwise.clientlink.ui;

import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.clientlink.HandoutEmail;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanPageSection;
import com.stepwise.plan.PlanStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** "E-mail the handout" on the page of the plan the client follows, when the clinic has e-mail set up. */
@SpringComponent
class HandoutEmailSection implements PlanPageSection {

    private final HandoutEmail email;

    HandoutEmailSection(HandoutEmail email) {
        this.email = email;
    }

    @Override
    public Component create(PlanDetails plan) {
        var section = new Div();
        section.addClassNames("section-actions", "handout-email");
        if (!email.available() || plan.status() != PlanStatus.ACTIVE) {
            section.setVisible(false);
            return section;
        }
        section.add(new Button("E-mail the handout", e -> new FormDialog("E-mail the handout?", "Send",
                ButtonVariant.LUMO_PRIMARY, () -> Notifications.success("Handout sent to " + email.send(plan.id())
                + "."), new Paragraph("The handout and the client's own link go to the e-mail address on their "
                + "details.")).open()));
        return section;
    }
}
