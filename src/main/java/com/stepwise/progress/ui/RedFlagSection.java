package com.stepwise.progress.ui;

import com.stepwise.base.ui.Dates;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.progress.ProgressService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * At the top of the client page, before anything else: the red-flag symptoms reported in the last two weeks. It is
 * there whatever plan the client is on, and cannot be dismissed, because a red flag is never hidden.
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
        var section = new Section();
        section.addClassNames("form-problem", "red-flags");
        section.getElement().setAttribute("role", "alert");
        var flags = progress.recentRedFlags(client.id());
        if (flags.isEmpty()) {
            section.setVisible(false);
            return section;
        }
        var list = new UnorderedList();
        flags.forEach(flag -> list.add(new ListItem(Dates.format(flag.date()) + ": " + flag.inWords())));
        section.add(new H2("Red-flag symptoms reported"), list,
                new Paragraph("Speak with the client before they go on. Progressing the plan is held back until two "
                        + "weeks pass without a red flag, or you advance with a recorded reason."));
        return section;
    }
}
