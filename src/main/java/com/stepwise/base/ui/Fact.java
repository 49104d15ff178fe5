package com.stepwise.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled value on a detail page: a small caption above the value, styled by "fact" in styles.css. */
public class Fact extends Div {

    public Fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        add(term, text);
        addClassName("fact");
    }
}
