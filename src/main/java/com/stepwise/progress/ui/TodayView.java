package com.stepwise.progress.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.EmptyState;
import com.stepwise.base.ui.GridCells;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.progress.Attention;
import com.stepwise.progress.AttentionCounts;
import com.stepwise.progress.ProgressService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Where a clinician lands: the clients who need attention today, each with why, the most urgent first. One click
 * (or Enter on the name) opens the client.
 */
@Route("today")
@RouteAlias("")
@PageTitle("Today · Stepwise")
@Menu(order = -10, title = "Today", icon = "vaadin:bell")
@PermitAll
class TodayView extends Main implements AfterNavigationObserver {

    private final ProgressService progress;
    final Grid<Attention> grid = new Grid<>(Attention.class, false);
    private ViewHeader header = new ViewHeader("Today");

    TodayView(ProgressService progress) {
        this.progress = progress;
        addClassNames("view", "today-view");
        grid.addColumn(GridCells.linkWithBadges("client-name", a -> "clients/" + a.clientId(),
                Attention::clientName, a -> List.of())).setHeader("Client").setFlexGrow(2);
        grid.addColumn(reasonsCell()).setHeader("Why").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new EmptyState("Nobody needs attention today",
                "Clients appear here when a red flag waits to be acknowledged, their pain goes up by 2 or more, "
                        + "they are ready to progress, or two weeks pass without a logged session."));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("clients/" + e.getItem().clientId())));
        grid.setSizeFull();
        add(header, grid);
    }

    /**
     * Asks again on every visit, including a click on "Today" while already here. The grid fetches a page at a time
     * as it scrolls; the view keeps only the counts.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var counts = progress.attentionCounts();
        var fresh = new ViewHeader("Today", summary(counts));
        replace(header, fresh);
        header = fresh;
        grid.setItems(query -> progress.needingAttention(VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) counts.total());
    }

    /** "12 clients need your attention: 1 urgent red flag, 3 ready to progress, …", most urgent first. */
    static String summary(AttentionCounts counts) {
        if (counts.total() == 0) {
            return "No client needs your attention right now.";
        }
        var parts = new java.util.ArrayList<String>();
        for (var reason : Attention.Reason.values()) {
            long n = counts.of(reason);
            if (n > 0) {
                parts.add(n + " " + switch (reason) {
                    case URGENT_RED_FLAG -> n == 1 ? "with an urgent red flag" : "with urgent red flags";
                    case RED_FLAG -> n == 1 ? "with a red flag" : "with red flags";
                    case NEEDS_REVIEW -> "to review";
                    case PAIN_UP -> "with pain going up";
                    case READY_TO_PROGRESS -> "ready to progress";
                    case NO_RECENT_LOG -> "gone quiet";
                });
            }
        }
        return counts.total() + (counts.total() == 1 ? " client needs" : " clients need") + " your attention: "
                + String.join(", ", parts) + ". The most urgent come first.";
    }

    /** Why, as badges, then the open red flags named and what to review in the plan. */
    private static LitRenderer<Attention> reasonsCell() {
        return LitRenderer.<Attention>of("<div class=\"badge-row\">" + GridCells.BADGES
                        + "${item.flags ? html`<span class=\"today-red-flags\">${item.flags}</span>` : ''}"
                        + "${item.review ? html`<span class=\"today-review\">${item.review}</span>` : ''}</div>")
                .withProperty("badges", attention -> attention.reasons().stream().map(TodayView::badge).toList())
                .withProperty("flags", Attention::redFlags)
                .withProperty("review", Attention::review);
    }

    private static GridCells.BadgeValue badge(Attention.Reason reason) {
        return GridCells.BadgeValue.of(reason.label(), switch (reason) {
            case URGENT_RED_FLAG, RED_FLAG -> Badge.Tone.ERROR;
            case PAIN_UP, NEEDS_REVIEW -> Badge.Tone.WARNING;
            case READY_TO_PROGRESS -> Badge.Tone.SUCCESS;
            case NO_RECENT_LOG -> Badge.Tone.NEUTRAL;
        });
    }
}
