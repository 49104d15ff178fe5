package com.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What a list shows when there is nothing in it: what that means and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String hint, Component... actions) {
        addClassName("empty-state");
        var heading = new Span(title);
        heading.addClassName("empty-state-title");
        add(heading, new Paragraph(hint));
        if (actions.length > 0) {
            var row = new Div(actions);
            row.addClassName("empty-state-actions");
            add(row);
        }
    }
}
