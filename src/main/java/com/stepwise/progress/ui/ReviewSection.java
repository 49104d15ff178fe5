package com.stepwise.progress.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.progress.MeasureKind;
import com.stepwise.progress.ProgressCharts;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.Review;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * The progress review on the client page: pain, weekly sessions and questionnaires over the last twelve weeks, and a
 * timeline of sessions, red flags, stage changes, overrides, sign-offs and scores.
 */
@SpringComponent
class ReviewSection implements ClientPageSection {

    private final ProgressService progress;

    ReviewSection(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create(ClientDetails client) {
        var section = new Section();
        section.addClassNames("detail-section", "progress-review");
        section.add(new H2("Progress review: the last twelve weeks"));
        Review review = progress.review(client.id());
        if (review.logs().isEmpty() && review.measures().isEmpty()) {
            section.add(new Paragraph("Nothing recorded yet. Charts appear here once sessions are typed in from the "
                    + "paper sheet or a questionnaire is scored."));
            return section;
        }
        review.painChangeInWords().ifPresent(words -> {
            var change = new Paragraph(words);
            change.addClassName("pain-change");
            section.add(change);
        });
        var charts = new Div();
        charts.addClassName("charts");
        long id = client.id();
        if (!review.logs().isEmpty()) {
            charts.add(chart(ProgressCharts.address(id, "pain", review), "Chart of pain during the exercises by day"));
        }
        if (!review.weeks().isEmpty()) {
            charts.add(chart(ProgressCharts.address(id, "adherence", review), "Chart of sessions done each week, as a "
                    + "percentage of the sessions prescribed"));
        }
        for (var kind : MeasureKind.values()) {
            if (review.measures().stream().anyMatch(m -> m.kind() == kind)) {
                charts.add(chart(ProgressCharts.address(id, kind.name().toLowerCase(java.util.Locale.ROOT), review),
                        "Chart of " + kind.label() + " over time"));
            }
        }
        section.add(charts, timeline(review));
        return section;
    }

    /** The events of the twelve weeks, newest first, each tagged with what kind of event it is. */
    private static Component timeline(Review review) {
        var list = new UnorderedList();
        list.addClassName("timeline");
        for (var entry : review.timeline()) {
            var tag = new Badge(entry.kind().label(), switch (entry.kind()) {
                case RED_FLAG -> Badge.Tone.ERROR;
                case OVERRIDE -> Badge.Tone.WARNING;
                case STAGE, SIGN_OFF -> Badge.Tone.SUCCESS;
                case SESSION, QUESTIONNAIRE -> Badge.Tone.NEUTRAL;
            });
            var date = new Span(Dates.format(entry.date()));
            date.addClassName("timeline-date");
            list.add(new ListItem(date, tag, new Span(entry.text())));
        }
        return new Div(new H3("Timeline"), list);
    }

    /** A chart served as a file the browser keeps (see {@link ProgressCharts#address}), not drawn into the page. */
    private static Component chart(String address, String description) {
        var chart = new Image(address, description);
        chart.addClassName("chart");
        return chart;
    }
}
