package com.stepwise.clientlink.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.stepwise.TestClinics;
import com.stepwise.TestClockConfiguration;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.handout.HandoutFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The client's link on the client page, as a physio uses it: issue it, replace it (the old one stops), revoke it, and
 * e-mail the handout from the client page and from the plan page, through an SMTP server (GreenMail) as a clinic that
 * set one up. The same context as TeamMailTest.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:team-mail;DB_CLOSE_DELAY=-1",
        "spring.mail.host=localhost", "spring.mail.port=3025", "stepwise.public-url=https://stepwise.clinic.example/",
        "stepwise.mail.from=stepwise@clinic.example"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ClientLinkViewsTest extends SpringBrowserlessTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestClinics signIn;
    @Autowired
    HandoutFixture fixture;

    long client;
    long plan;

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        fixture.brand("Harbour Physio", null);
        client = fixture.client("Mele", "Tupou", Language.ENGLISH, false);
        fixture.email(client, "mele@example.org");
        plan = fixture.activePlan(client, List.of(List.of("somatic-pelvic-tilt")));
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void aPhysioIssuesReplacesAndRevokesTheLinkAndEMailsTheHandout() {
        navigate("clients/" + client, Component.class);
        click("Issue a link");
        String first = address();
        assertThat(first).startsWith("https://stepwise.clinic.example/c/");

        click("New link…");
        confirm("New link");
        String second = address();
        assertThat(second).isNotEqualTo(first).startsWith("https://stepwise.clinic.example/c/");

        click("Revoke…");
        confirm("Revoke");
        assertThat(find(Span.class).withClassName("client-link-address").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText(
                "No link yet: printing or e-mailing the handout issues one.").exists()).isTrue();

        click("E-mail the handout");
        confirm("Send");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        String third = address();
        assertThat(third).as("e-mailing issues a new link").isNotIn(first, second);

        navigate("plans/" + plan, Component.class);
        click("E-mail the handout");
        confirm("Send");
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    private void click(String text) {
        test(find(Button.class).withText(text).single()).click();
    }

    private void confirm(String action) {
        var dialog = find(FormDialog.class).single();
        assertThat(dialog.confirm.getText()).isEqualTo(action);
        test(dialog.confirm).click();
        assertThat(dialog.problem.isVisible()).as(dialog.problem.getText()).isFalse();
    }

    private String address() {
        return find(Span.class).withClassName("client-link-address").single().getText();
    }
}
