package com.stepwise.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small label, styled by frontend/styles.css ("badge", plus a tone). */
public class Badge extends Span {

    public enum Tone { NEUTRAL, ACCENT, SUCCESS, WARNING, ERROR }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("badge", "badge-" + tone.name().toLowerCase());
    }
}
