package com.stepwise.base.ui;

import com.vaadin.flow.component.Html;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.web.util.HtmlUtils;

/**
 * A read-only block of a page (a heading and its line of context, a list of facts, a row of badges) sent as one piece
 * of HTML instead of an element per line. Each Vaadin element costs a few hundred bytes in every page update that adds
 * it and about half a kilobyte in the session for as long as the page is open; nobody clicks these, so one element
 * will do. Every text is escaped: only the tags and classes written here in code reach the page.
 * <pre>
 * Markup.of("div", "facts").open("div", "fact").element("span", "fact-label", "Phone").close().toHtml()
 * </pre>
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();

    private Markup() {
    }

    /** Starts a block whose outermost element is {@code tag} with the given classes (space-separated, or none). */
    public static Markup of(String tag, String classes) {
        return new Markup().open(tag, classes);
    }

    /** Opens an element inside the current one; {@link #close()} ends it. */
    public Markup open(String tag, String classes) {
        html.append('<').append(tag);
        if (classes != null && !classes.isBlank()) {
            html.append(" class=\"").append(escape(classes)).append('"');
        }
        html.append('>');
        open.push(tag);
        return this;
    }

    /** An element holding only text. */
    public Markup element(String tag, String classes, String text) {
        return open(tag, classes).text(text).close();
    }

    public Markup text(String text) {
        html.append(escape(text));
        return this;
    }

    public Markup close() {
        html.append("</").append(open.pop()).append('>');
        return this;
    }

    /** Closes what is still open and makes the block a component. */
    public Html toHtml() {
        while (!open.isEmpty()) {
            close();
        }
        return new Html(html.toString());
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
