package com.stepwise.clinic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a one-time password link by e-mail when the clinic has set up an SMTP server ({@code spring.mail.host}) and
 * Stepwise's public address ({@code stepwise.public-url}); otherwise the administrator passes the link on. A failed
 * send is reported, never fatal: the link is still shown.
 */
@Component
class TeamMail {

    private static final Logger log = LoggerFactory.getLogger(TeamMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String publicUrl;
    private final String from;

    TeamMail(ObjectProvider<JavaMailSender> mail, @Value("${stepwise.public-url:}") String publicUrl,
             @Value("${stepwise.mail.from:}") String from) {
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.from = from;
    }

    /** True if the link went out by e-mail. */
    boolean send(PasswordLinkIssued link, String clinicName, boolean invitation) {
        var sender = mail.getIfAvailable();
        if (sender == null || publicUrl.isBlank()) {
            return false;
        }
        var message = new SimpleMailMessage();
        if (!from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(link.email());
        message.setSubject(invitation ? "Your Stepwise account at " + clinicName : "Choose a new Stepwise password");
        message.setText("Hello " + link.clinicianName() + ",\n\n"
                + (invitation ? clinicName + " has added you to Stepwise. Choose your password here:"
                        : "Here is the link to choose a new password for Stepwise:")
                + "\n\n" + publicUrl + "/" + link.path() + "\n\nThe link works once, until "
                + link.expiresAt() + " (UTC). If you did not expect this, tell your clinic's administrator.\n");
        try {
            sender.send(message);
            return true;
        } catch (MailException failed) {
            log.warn("Could not e-mail a password link: {}", failed.getMessage());
            return false;
        }
    }
}
