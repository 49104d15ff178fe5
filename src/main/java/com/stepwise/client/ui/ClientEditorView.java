package com.stepwise.client.ui;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** Adds a client or edits one; a refusal keeps everything typed and says what to fix. */
@Route("clients/new")
@RouteAlias("clients/:id/edit")
@PermitAll
class ClientEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    final ClientForm form = new ClientForm();
    final Div problem = new Div();
    final Button save = new Button("Save client");
    private ViewHeader header = new ViewHeader("Client");
    private Long editingId;
    private long openedVersion;
    private String title = "New client · Stepwise";

    ClientEditorView(ClientService clients) {
        this.clients = clients;
        addClassNames("view", "client-editor-view");
        problem.addClassName("form-problem");
        problem.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        var cancel = new Button("Cancel", e -> leave());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(save, cancel);
        buttons.addClassName("form-actions");
        add(header, form, problem, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        try {
            if (id.isPresent()) {
                editingId = id.get();
                var client = clients.get(editingId);
                openedVersion = client.version();
                form.edit(clients.draftForEdit(editingId));
                setHeading("Edit " + client.fullName());
            } else {
                form.edit(new ClientDraft());
                setHeading("New client");
            }
        } catch (NotFoundException missing) {
            Notifications.problem(missing.getMessage());
            event.forwardTo(ClientListView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void setHeading(String heading) {
        title = heading + " · Stepwise";
        var replacement = new ViewHeader(heading);
        replace(header, replacement);
        header = replacement;
    }

    private void save() {
        problem.setVisible(false);
        if (!form.validate()) {
            showProblem("Some fields need attention; each one says what to change.");
            return;
        }
        try {
            long id;
            if (editingId != null) {
                clients.update(editingId, openedVersion, form.draft());
                id = editingId;
            } else {
                id = clients.create(form.draft());
            }
            Notifications.success("Saved " + form.draft().getFirstName().strip() + " "
                    + form.draft().getLastName().strip() + ".");
            getUI().ifPresent(ui -> ui.navigate(ClientView.class, new RouteParameters("id", String.valueOf(id))));
        } catch (UserFacingException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void leave() {
        if (editingId != null) {
            getUI().ifPresent(ui -> ui.navigate(ClientView.class,
                    new RouteParameters("id", String.valueOf(editingId))));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ClientListView.class));
        }
    }
}
