package com.stepwise.clientlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.stepwise.TestClinics;
import com.stepwise.TestClockConfiguration;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.Language;
import com.stepwise.handout.HandoutFixture;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * "E-mail the handout" through an SMTP server (GreenMail, inside the test): the PDF attached, the client's own link
 * in the text, in the client's language. The same context as TeamMailTest, so it is built once.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:team-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025", "stepwise.public-url=https://stepwise.clinic.example/",
        "stepwise.mail.from=stepwise@clinic.example"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class HandoutEmailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    HandoutEmail email;
    @Autowired
    ClientLinkService links;
    @Autowired
    HandoutFixture fixture;
    @Autowired
    TestClinics signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void theHandoutAndTheLinkGoToTheClientInTheirLanguage() throws Exception {
        signIn.atNewClinic();
        fixture.brand("Clínica del Puerto", null);
        long client = fixture.client("Tomás", "García", Language.SPANISH, false);
        fixture.email(client, "tomas@example.org");
        long plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt")));

        assertThat(email.available()).isTrue();
        assertThat(email.send(plan)).isEqualTo("tomas@example.org");

        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        var message = received[0];
        assertThat(GreenMailUtil.getAddressList(message.getAllRecipients())).isEqualTo("tomas@example.org");
        assertThat(message.getSubject()).isEqualTo("Sus ejercicios para casa de Clínica del Puerto");
        var parts = (MimeMultipart) message.getContent();
        String text = null;
        byte[] pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart inner) {
                text = (String) inner.getBodyPart(0).getContent();
            } else if (part.isMimeType("application/pdf")) {
                pdf = part.getInputStream().readAllBytes();
            }
        }
        String address = links.linksOf(client).getFirst().address();
        assertThat(text).contains("Hola, Tomás:", address, "+44 20 7946 0000");
        assertThat(pdf).isNotNull();
        assertThat(PrintedQrCodes.read(pdf)).contains(address);
    }

    @Test
    void aClientWithoutAnAddressIsRefusedInWords() {
        signIn.atNewClinic();
        fixture.brand("Harbour Physio", null);
        long client = fixture.client("Mele", "Tupou", Language.ENGLISH, false);
        long plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt")));
        assertThatThrownBy(() -> email.send(plan)).isInstanceOf(UserFacingException.class)
                .hasMessage("Add Mele's e-mail address to their details first.");
    }
}
