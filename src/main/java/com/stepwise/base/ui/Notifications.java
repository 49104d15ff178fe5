package com.stepwise.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's three kinds of notice, so they look and last the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        return show(message, 3000, NotificationVariant.LUMO_SUCCESS);
    }

    /** A refusal or problem the clinician needs to read: it stays until closed. */
    public static Notification problem(String message) {
        var notification = show(message, 0, NotificationVariant.LUMO_ERROR);
        var close = new Button("Close", e -> notification.close());
        close.addThemeName("tertiary-inline");
        notification.add(close);
        return notification;
    }

    public static Notification info(String message) {
        return show(message, 5000, NotificationVariant.LUMO_CONTRAST);
    }

    private static Notification show(String message, int durationMillis, NotificationVariant variant) {
        var notification = new Notification();
        notification.addThemeVariants(variant);
        notification.setDuration(durationMillis);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.add(new Span(message));
        notification.open();
        return notification;
    }
}
