package com.stepwise.client.ui;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.EditorView;
import com.stepwise.base.ui.Notifications;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** Adds a client or edits one; a refusal keeps everything typed and says what to fix. */
@Route("clients/new")
@RouteAlias("clients/:id/edit")
@PermitAll
class ClientEditorView extends EditorView implements BeforeEnterObserver {

    private final ClientService clients;
    final ClientForm form = new ClientForm();
    private Long editingId;
    private long openedVersion;

    ClientEditorView(ClientService clients) {
        super("Save client");
        this.clients = clients;
        setForm(form);
        addClassName("client-editor-view");
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
                setHeading("Edit " + client.fullName(), null);
            } else {
                form.edit(new ClientDraft());
                setHeading("New client", null);
            }
        } catch (NotFoundException missing) {
            Notifications.problem(missing.getMessage());
            event.forwardTo(ClientListView.class);
        }
    }

    @Override
    protected void save() {
        clearProblem();
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

    @Override
    protected void cancel() {
        if (editingId != null) {
            getUI().ifPresent(ui -> ui.navigate(ClientView.class,
                    new RouteParameters("id", String.valueOf(editingId))));
        } else {
            getUI().ifPresent(ui -> ui.navigate(ClientListView.class));
        }
    }
}
