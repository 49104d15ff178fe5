package com.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title row at the top of every view: a heading, an optional line of context, and the view's main actions. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title) {
        this(title, null);
    }

    public ViewHeader(String title, String subtitle) {
        addClassName("view-header");
        var text = new Div(new H1(title));
        text.addClassName("view-header-text");
        if (subtitle != null) {
            var sub = new Paragraph(subtitle);
            sub.addClassName("view-header-subtitle");
            text.add(sub);
        }
        actions.addClassName("view-header-actions");
        add(text, actions);
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }
}
