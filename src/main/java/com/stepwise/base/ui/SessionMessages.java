package com.stepwise.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a clinician reads when their session has ended (idle longer than {@code server.servlet.session.timeout}, or the
 * server restarted) and they click or type: that it ended, that what they had not saved on that page was not saved,
 * and that signing in again takes them back. Vaadin shows it on their next action instead of failing silently.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    private final String idle;

    SessionMessages(@Value("${server.servlet.session.timeout:30m}") String idle) {
        this.idle = idle;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages());
    }

    SystemMessages messages() {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("You were signed out");
        messages.setSessionExpiredMessage("Stepwise signs you out after " + inWords(idle) + " without activity, or "
                + "when it restarts. Anything on this page that you had not saved was not saved: note it before you "
                + "go on. Click here to sign in again.");
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setInternalErrorCaption("Something went wrong");
        messages.setInternalErrorMessage("Nothing on this page was saved since your last save. Click here to reload "
                + "the page; if it keeps happening, tell your clinic's IT contact the time.");
        messages.setCookiesDisabledCaption("Cookies are off");
        messages.setCookiesDisabledMessage("Stepwise needs cookies to keep you signed in. Allow them for this site "
                + "and reload the page.");
        return messages;
    }

    /** "30m" → "30 minutes", "1h" → "1 hour"; anything else as written. */
    static String inWords(String duration) {
        var text = duration.strip();
        if (text.matches("\\d+m")) {
            int minutes = Integer.parseInt(text.substring(0, text.length() - 1));
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (text.matches("\\d+h")) {
            int hours = Integer.parseInt(text.substring(0, text.length() - 1));
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return text;
    }
}
