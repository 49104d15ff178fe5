package com.stepwise.base.ui;

import com.vaadin.flow.component.Html;

/** A labelled value on a detail page: a small caption above the value, styled by "fact" in styles.css. */
public record Fact(String label, String value) {

    /** The facts as one read-only block ("facts" plus the given classes); a missing value shows as "—". */
    public static Html list(String classes, Fact... facts) {
        var markup = Markup.of("div", ("facts " + classes).strip());
        for (var fact : facts) {
            boolean missing = fact.value() == null || fact.value().isBlank();
            markup.open("div", "fact").element("span", "fact-label", fact.label())
                    .element("span", "fact-value", missing ? "—" : fact.value()).close();
        }
        return markup.toHtml();
    }
}
