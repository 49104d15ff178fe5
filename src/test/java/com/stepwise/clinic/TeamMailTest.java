package com.stepwise.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.stepwise.TestClinics;
import com.stepwise.TestClockConfiguration;
import com.stepwise.base.security.StepwiseUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** With an SMTP server set up (GreenMail, in the test), the one-time link also goes out by e-mail. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:team-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025", "stepwise.public-url=https://stepwise.clinic.example/",
        "stepwise.mail.from=stepwise@clinic.example"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class TeamMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TeamService team;
    @Autowired
    TestClinics signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void anInvitationIsEMailedWithTheLinkWhenTheClinicHasEMail() throws Exception {
        signIn.atNewClinic();
        var issued = team.add("Mele Tupou", "mele@clinic.example", StepwiseUser.ROLE_CLINICIAN);
        assertThat(issued.emailed()).isTrue();
        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        var body = GreenMailUtil.getBody(received[0]);
        assertThat(GreenMailUtil.getAddressList(received[0].getAllRecipients())).isEqualTo("mele@clinic.example");
        assertThat(body.replace("=\r\n", "").replace("=3D", "=")).contains("Hello Mele Tupou",
                "https://stepwise.clinic.example/" + issued.path());
    }
}
