package com.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;

/** The title row at the top of every view: a heading, an optional line of context, and the view's main actions. */
public class ViewHeader extends Header {

    private final Div actions = new Div();

    public ViewHeader(String title) {
        this(title, null);
    }

    public ViewHeader(String title, String subtitle) {
        addClassName("view-header");
        var text = Markup.of("div", "view-header-text").element("h1", null, title);
        if (subtitle != null) {
            text.element("p", "view-header-subtitle", subtitle);
        }
        actions.addClassName("view-header-actions");
        add(text.toHtml(), actions);
    }

    public ViewHeader withActions(Component... components) {
        actions.add(components);
        return this;
    }
}
