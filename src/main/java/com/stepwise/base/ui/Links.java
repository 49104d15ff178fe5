package com.stepwise.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * An in-app link to a route another feature owns (its view classes are that feature's own), followed by Vaadin's
 * router without reloading the page.
 */
public final class Links {

    private Links() {
    }

    public static Anchor to(String text, String path) {
        var link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
