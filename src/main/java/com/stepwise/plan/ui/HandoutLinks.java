package com.stepwise.plan.ui;

import com.stepwise.base.i18n.Language;
import com.stepwise.plan.PlanStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;

/**
 * The ways to print a plan's handout, opened in the browser's PDF viewer in a new tab: as the client prefers it,
 * and in the other print size for this once (large print for a client who forgot their glasses). A plan that has
 * ended prints only "for the record", which the handout says on its first page.
 */
final class HandoutLinks {

    private HandoutLinks() {
    }

    /**
     * @param version the version to print, or null for the one the client follows
     * @param language the client's own handout language, or null when it is the clinic's
     */
    static Component of(long planId, Integer version, PlanStatus status, boolean prefersLargePrint,
                        Language language) {
        String base = "handouts/plans/" + planId + ".pdf?" + (version == null ? "" : "version=" + version + "&");
        String in = language == null ? "" : " in " + language.englishName();
        var links = new Div();
        links.addClassName("handout-links");
        if (status == PlanStatus.COMPLETED || status == PlanStatus.ARCHIVED) {
            links.add(link(base + "record=true", "Print for the record" + in));
            return links;
        }
        String versionText = version == null ? "" : " (version " + version + ")";
        links.add(link(base, "Print handout" + versionText + in));
        links.add(link(base + "large=" + !prefersLargePrint,
                (prefersLargePrint ? "Normal print" : "Large print") + " this once"));
        return links;
    }

    private static Anchor link(String href, String text) {
        var link = new Anchor(href, text);
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("handout-link");
        return link;
    }
}
