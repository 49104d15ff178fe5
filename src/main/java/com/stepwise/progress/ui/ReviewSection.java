package com.stepwise.progress.ui;

import com.stepwise.base.ui.Dates;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientPageSection;
import com.stepwise.progress.MeasureKind;
import com.stepwise.progress.ProgressCharts;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.Review;
import com.stepwise.progress.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.jsoup.safety.Safelist;
import org.springframework.web.util.HtmlUtils;

/**
 * The progress review on the client page: pain, weekly sessions and questionnaires over the last twelve weeks, and a
 * timeline of sessions, red flags, stage changes, overrides, sign-offs and scores.
 */
@SpringComponent
class ReviewSection implements ClientPageSection {

    /** How many timeline events are shown at first, and how many more each "Show older events" adds. */
    static final int TIMELINE_PAGE = 15;

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

    /**
     * The events of the twelve weeks, newest first, each tagged with what kind of event it is: the newest
     * {@value #TIMELINE_PAGE}, then more on request. The list is read-only, so it travels as one piece of escaped HTML
     * (one element in the session, not seven per event): a busy client's page stays light in the browser and the
     * server's memory.
     */
    private static Component timeline(Review review) {
        var entries = review.timeline();
        var list = new Html(timelineHtml(entries, TIMELINE_PAGE), TIMELINE_ELEMENTS);
        var more = new Button("Show older events");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.setVisible(entries.size() > TIMELINE_PAGE);
        int[] shown = {Math.min(TIMELINE_PAGE, entries.size())};
        more.addClickListener(e -> {
            shown[0] = Math.min(shown[0] + TIMELINE_PAGE, entries.size());
            list.setHtmlContent(timelineHtml(entries, shown[0]));
            more.setVisible(shown[0] < entries.size());
        });
        return new Div(new H3("Timeline"), list, more);
    }

    /** What the timeline's HTML may hold: its list, and spans with a class; anything else is dropped. */
    private static final SerializableSupplier<Safelist> TIMELINE_ELEMENTS = () -> Safelist.none()
            .addTags("ul", "li", "span").addAttributes(":all", "class");

    static String timelineHtml(List<TimelineEntry> entries, int count) {
        var html = new StringBuilder("<ul class=\"timeline\">");
        for (var entry : entries.subList(0, Math.min(count, entries.size()))) {
            String tone = switch (entry.kind()) {
                case RED_FLAG -> "error";
                case OVERRIDE -> "warning";
                case STAGE, SIGN_OFF -> "success";
                case SESSION, QUESTIONNAIRE -> "neutral";
            };
            html.append("<li><span class=\"timeline-date\">").append(escape(Dates.format(entry.date())))
                    .append("</span><span class=\"badge badge-").append(tone).append("\">")
                    .append(escape(entry.kind().label())).append("</span><span>").append(escape(entry.text()))
                    .append("</span></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A chart served as a file the browser keeps (see {@link ProgressCharts#address}), not drawn into the page. */
    private static Component chart(String address, String description) {
        var chart = new Image(address, description);
        chart.addClassName("chart");
        return chart;
    }
}
