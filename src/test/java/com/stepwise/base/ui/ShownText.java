package com.stepwise.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;

/**
 * The text of a component as the browser shows it, read-only blocks of {@link Markup} included: Vaadin's
 * {@code getTextRecursively} sees only text nodes, and a block's text travels inside its HTML.
 */
public final class ShownText {

    private ShownText() {
    }

    public static String of(Component component) {
        var text = new StringBuilder();
        collect(component.getElement(), text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        if (element.hasProperty("innerHTML")) {
            text.append(Jsoup.parse(element.getProperty("innerHTML")).text());
        }
        element.getChildren().forEach(child -> collect(child, text));
    }
}
