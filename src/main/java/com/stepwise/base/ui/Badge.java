package com.stepwise.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small label, styled by frontend/styles.css ("badge", plus a tone). */
public class Badge extends Span {

    public enum Tone {
        NEUTRAL, ACCENT, SUCCESS, WARNING, ERROR;

        /** The tone's part of the class name: "badge-" + key. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Badge(String text, Tone tone) {
        super(text);
        addClassNames("badge", "badge-" + tone.key());
    }

    /** A badge inside a read-only block of markup, looking the same as the component. */
    public static Markup append(Markup markup, String text, Tone tone) {
        return markup.element("span", "badge badge-" + tone.key(), text);
    }
}
