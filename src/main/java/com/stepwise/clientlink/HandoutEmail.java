package com.stepwise.clientlink;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.handout.HandoutService;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "E-mail the handout": the plan's handout as a PDF and the client's own link, in the client's language, to the
 * client's e-mail address, through the SMTP server the clinic set up ({@code spring.mail.*}, docs/operations.md).
 * Without one the choice is not offered. A send that fails says so and changes nothing.
 */
@Service
public class HandoutEmail {

    private static final Logger log = LoggerFactory.getLogger(HandoutEmail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final HandoutService handouts;
    private final PlanService plans;
    private final ClientService clients;
    private final ClinicService clinics;
    private final ClientLinkService links;
    private final String from;

    HandoutEmail(ObjectProvider<JavaMailSender> mail, HandoutService handouts, PlanService plans,
                 ClientService clients, ClinicService clinics, ClientLinkService links,
                 @Value("${stepwise.mail.from:}") String from) {
        this.mail = mail;
        this.handouts = handouts;
        this.plans = plans;
        this.clients = clients;
        this.clinics = clinics;
        this.links = links;
        this.from = from;
    }

    /** True when the clinic has an SMTP server set up. */
    public boolean available() {
        return mail.getIfAvailable() != null;
    }

    /** Sends the handout of the plan the client follows; returns the address it went to. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CLINICIAN')")
    public String send(long planId) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            throw new UserFacingException("E-mail is not set up for this clinic: print the handout instead.");
        }
        var plan = plans.get(planId);
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new UserFacingException("Only the plan the client follows now is e-mailed: activate it first.");
        }
        var client = clients.get(plan.clientId());
        if (client.email() == null || client.email().isBlank()) {
            throw new UserFacingException("Add " + client.firstName() + "'s e-mail address to their details first.");
        }
        var branding = clinics.branding();
        var handout = handouts.print(planId, HandoutService.Request.current());
        var t = ClientTexts.of(client.handoutLanguage() != null ? client.handoutLanguage()
                : branding.handoutLanguage(), branding.numerals());
        var body = new StringBuilder(t.text("email.hello", "name", client.firstName())).append("\n\n")
                .append(t.text("email.attached", "clinic", branding.name())).append("\n\n");
        if (links.enabled()) {
            body.append(t.text("email.link")).append("\n").append(links.issue(planId).address()).append("\n\n");
        }
        body.append(t.text("email.call", "phone", branding.phone())).append("\n\n").append(branding.name())
                .append("\n");
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            if (!from.isBlank()) {
                helper.setFrom(from);
            }
            helper.setTo(client.email());
            helper.setSubject(t.text("email.subject", "clinic", branding.name()));
            helper.setText(body.toString());
            helper.addAttachment(handout.fileName(), new ByteArrayResource(handout.pdf()), "application/pdf");
            sender.send(message);
            return client.email();
        } catch (MessagingException | MailException failed) {
            // The mail server's own words are for whoever runs it, in the log; the physio gets what to do.
            log.warn("Could not e-mail a handout: {}", failed.getMessage());
            throw new UserFacingException("The e-mail could not be sent: the clinic's mail server did not take it. "
                    + "Nothing was sent. Print the handout instead, or try again later; if it keeps happening, tell "
                    + "whoever runs Stepwise for the clinic.");
        }
    }
}
