package com.stepwise.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;

/**
 * Grid cells drawn in the browser from a template and a few values per row, rather than a component per cell. A
 * component per cell is kept on the server for every row the grid has shown (a link and three badges: five elements
 * a row, fifty rows a page) and sent element by element; a template costs a few values a row and nothing in the
 * session. Lit escapes every value it draws, so names and notes are shown as text, never as markup.
 */
public final class GridCells {

    /** A badge as a template draws it: the same classes as {@link Badge}. */
    public record BadgeValue(String text, String tone) {

        public static BadgeValue of(String text, Badge.Tone tone) {
            return new BadgeValue(text, tone.key());
        }
    }

    /** The template part that draws a row's {@code item.badges}. */
    public static final String BADGES =
            "${item.badges.map(b => html`<span class=\"badge badge-${b.tone}\">${b.text}</span>`)}";

    private GridCells() {
    }

    /**
     * An in-app link (followed by Vaadin's router without reloading the page, as {@link Links#to}) with badges after
     * it, wrapping onto a second line when the column is narrow.
     */
    public static <T> LitRenderer<T> linkWithBadges(String linkClass, Function<T, String> path,
                                                    Function<T, String> text, Function<T, List<BadgeValue>> badges) {
        return LitRenderer.<T>of("<div class=\"link-cell\"><a class=\"" + linkClass
                        + "\" href=\"${item.path}\" router-link>${item.text}</a>" + BADGES + "</div>")
                .withProperty("path", path::apply)
                .withProperty("text", text::apply)
                .withProperty("badges", badges::apply);
    }
}
