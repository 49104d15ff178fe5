package com.stepwise.client;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.SystemSignIn;
import com.stepwise.clinic.DemoClinicReady;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo profile's clients: eight people, names from several languages, different needs; Tomás reads his handouts
 * in Spanish and Ahmed in Arabic. Added once.
 */
@Component
@Profile("demo")
class DemoClients {

    private final ClientService clients;
    private final SystemSignIn signIn;

    DemoClients(ClientService clients, SystemSignIn signIn) {
        this.clients = clients;
        this.signIn = signIn;
    }

    @EventListener
    @Order(10)
    void seed(DemoClinicReady ready) {
        signIn.runAs(ready.clinicianEmail(), () -> {
            if (!clients.search(new ClientFilter(null, null), Pageable.ofSize(1)).isEmpty()) {
                return;
            }
            add("Zoë", "Ångström", "1961-04-12", "Low back pain after gardening, 3 weeks", false, false, null);
            add("Łukasz", "Nowak", "1987-09-03", "Recurring low back stiffness from desk work", false, false, null);
            add("Ahmed", "Hassan", "1975-01-28", "Low back pain with tight hamstrings", false, false, Language.ARABIC);
            add("美咲", "田中", "1992-06-17", "Sciatic-type buttock pain, right side", false, false, null);
            add("Margaret", "O'Brien", "1944-11-02", "Chronic low back pain; uses a walking frame", true, true, null);
            add("Tomás", "García", "1969-03-21", "Acute low back pain, lifting injury, week 2", false, false,
                    Language.SPANISH);
            add("Priya", "Raman", "1983-08-09", "Post-natal low back and pelvic pain", false, false, null);
            add("Dieter", "Müller", "1952-12-30", "Hip and low back stiffness; cannot kneel", true, true, null);
        });
    }

    private void add(String first, String last, String born, String complaint, boolean noFloor, boolean largePrint,
                     Language language) {
        var draft = new ClientDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.parse(born));
        draft.setMainComplaint(complaint);
        draft.setCannotGetToFloor(noFloor);
        draft.setPrefersLargePrint(largePrint);
        draft.setHandoutLanguage(language);
        clients.create(draft);
    }
}
