package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.NotFoundException;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review's charts, served as files: drawn for the clinic's own clients only, and kept by the browser. */
@IntegrationTest
class ChartControllerTest {

    @Autowired
    ChartController charts;
    @Autowired
    ClientService clients;
    @Autowired
    TestClinics signIn;

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void drawsTheClinicsOwnClientsChartsAsCacheableSvg() {
        signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Nomvula");
        draft.setLastName("Dlamini");
        draft.setDateOfBirth(LocalDate.of(1958, 6, 2));
        long client = clients.create(draft);

        var pain = charts.chart(client, "pain");
        assertThat(pain.getStatusCode().value()).isEqualTo(200);
        assertThat(pain.getHeaders().getContentType()).hasToString("image/svg+xml");
        assertThat(pain.getHeaders().getCacheControl()).contains("private").contains("max-age");
        assertThat(pain.getBody()).startsWith("<svg").contains("</svg>");
        assertThat(charts.chart(client, "../etc/passwd").getStatusCode().value()).isEqualTo(404);

        signIn.atNewClinic();
        assertThatThrownBy(() -> charts.chart(client, "pain")).as("another clinic's client")
                .isInstanceOf(NotFoundException.class);
    }
}
