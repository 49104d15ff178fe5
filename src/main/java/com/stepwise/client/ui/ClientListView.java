package com.stepwise.client.ui;

import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.EmptyState;
import com.stepwise.base.ui.GridCells;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.client.ClientStatus;
import com.stepwise.client.ClientSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** The clinic's clients: a lazy grid over the database, found by the start of a name or by date of birth. */
@Route("clients")
@PageTitle("Clients · Stepwise")
@Menu(order = 0, title = "Clients", icon = "vaadin:users")
@PermitAll
class ClientListView extends Main {

    /** Both statuses: a Select item standing for "no status filter". */
    enum Shown { ACTIVE, ARCHIVED, ALL }

    final TextField search = new TextField("Find a client");
    final Select<Shown> shown = new Select<>();
    final Grid<ClientSummary> grid = new Grid<>(ClientSummary.class, false);

    ClientListView(ClientService clients) {
        addClassNames("view", "client-list-view");
        var create = new Button("New client", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ClientEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewHeader("Clients", "Find a client by the start of their name or their date of birth.")
                .withActions(create));

        search.setPlaceholder("e.g. ang zo or 14.03.1958");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAutofocus(true);
        shown.setLabel("Show");
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> switch (s) {
            case ACTIVE -> "Active clients";
            case ARCHIVED -> "Archived clients";
            case ALL -> "All clients";
        });
        shown.setValue(Shown.ACTIVE);
        var filters = new Div(search, shown);
        filters.addClassName("filter-bar");
        add(filters);

        grid.addColumn(GridCells.linkWithBadges("client-name", ClientListView::address, ClientSummary::sortName,
                        ClientListView::badges)).setHeader("Name").setKey("name")
                .setSortProperty(ClientService.SORT_NAME).setFlexGrow(3);
        grid.addColumn(c -> Dates.format(c.dateOfBirth())).setHeader("Date of birth")
                .setSortProperty(ClientService.SORT_BIRTH).setFlexGrow(1);
        grid.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader("Phone").setFlexGrow(1);
        grid.addColumn(c -> c.mainComplaint() == null ? "" : c.mainComplaint()).setHeader("Main complaint")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new EmptyState("No clients found",
                "Check the spelling, try fewer letters, or add the client with \"New client\"."));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClientView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setItems(query -> clients.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setSizeFull();
        add(grid);

        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        shown.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    ClientFilter filter() {
        ClientStatus status = switch (shown.getValue()) {
            case ACTIVE -> ClientStatus.ACTIVE;
            case ARCHIVED -> ClientStatus.ARCHIVED;
            case ALL -> null;
        };
        return new ClientFilter(search.getValue(), status);
    }

    private static String address(ClientSummary client) {
        return RouteConfiguration.forApplicationScope().getUrl(ClientView.class,
                new RouteParameters("id", String.valueOf(client.id())));
    }

    private static List<GridCells.BadgeValue> badges(ClientSummary client) {
        var badges = new ArrayList<GridCells.BadgeValue>();
        if (client.cannotGetToFloor()) {
            badges.add(GridCells.BadgeValue.of("No floor", Badge.Tone.WARNING));
        }
        if (client.prefersLargePrint()) {
            badges.add(GridCells.BadgeValue.of("Large print", Badge.Tone.NEUTRAL));
        }
        if (client.status() == ClientStatus.ARCHIVED) {
            badges.add(GridCells.BadgeValue.of("Archived", Badge.Tone.NEUTRAL));
        }
        return badges;
    }
}
