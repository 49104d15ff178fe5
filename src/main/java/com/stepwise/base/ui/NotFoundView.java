package com.stepwise.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address that leads nowhere (a mistyped link, "/clients/abc", a record id that cannot exist): a plain page that
 * says so and leads back, with status 404, instead of Vaadin's technical message. The address is logged in one line,
 * never with anything from a patient record.
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(NotFoundView.class);

    public NotFoundView() {
        addClassNames("view", "not-found-view");
        var links = new Div(new Anchor("today", "Go to Today"), new Anchor("clients", "Find a client"));
        links.addClassName("form-actions");
        add(new H1("This page does not exist"), new Paragraph("The address may be mistyped, or the link may be "
                + "out of date. Nothing was changed."), links);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("No page at /{}", event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
