package com.stepwise.base.ui;

import com.stepwise.base.UserFacingException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place an unexpected failure ends up: it is logged in full, and the clinician sees a short, kind notice
 * instead of a stack trace. Expected refusals are caught where they happen; if one slips through, its message is
 * still written for a clinician, so it is shown as it is.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = userFacingCause(event.getThrowable());
        String message;
        if (cause instanceof UserFacingException userFacing) {
            log.info("Refused: {}", userFacing.getMessage());
            message = userFacing.getMessage();
        } else {
            log.error("Unexpected error", event.getThrowable());
            message = "Something went wrong and nothing was saved. Please try again; if it keeps happening, "
                    + "tell your clinic's IT contact the time it happened.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.problem(message));
        }
    }

    private static Throwable userFacingCause(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return t;
            }
        }
        return throwable;
    }

}
