package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.client.ClientStatus;
import com.stepwise.client.ClientSummary;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** What the client records promise, on each supported database: search, sort, archive, scoping, conflicts. */
abstract class ClientServicesContract {

    @Autowired
    TestClinics signIn;
    @Autowired
    ClientService clients;

    StepwiseUser clinician;
    long zoe;
    long lukasz;
    long tanaka;

    @BeforeEach
    void clinicWithClients() {
        clinician = signIn.atNewClinic();
        zoe = clients.create(draft("Zoë", "Ångström", "1961-04-12"));
        lukasz = clients.create(draft("Łukasz", "Nowak", "1987-09-03"));
        tanaka = clients.create(draft("美咲", "田中", "1992-06-17"));
        clients.create(draft("Ahmed", "Hassan", "1975-01-28"));
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void findsClientsByTheStartOfTheirNamesWhateverTheAccentsOrCase() {
        assertThat(find("zo")).containsExactly(zoe);
        assertThat(find("ANG zo")).containsExactly(zoe);
        assertThat(find("Ångström, Zoë")).containsExactly(zoe);
        assertThat(find("lukasz")).containsExactly(lukasz);
        assertThat(find("nowak ł")).containsExactly(lukasz);
        assertThat(find("田中")).containsExactly(tanaka);
        assertThat(find("owak")).as("only the start of a name matches").isEmpty();
        assertThat(find("100%")).isEmpty();
    }

    @Test
    void findsAClientByDateOfBirthInTheUsualNotations() {
        assertThat(find("12.4.1961")).containsExactly(zoe);
        assertThat(find("12/04/1961")).containsExactly(zoe);
        assertThat(find("1961-04-12")).containsExactly(zoe);
        assertThat(find("zoe 03.09.1987")).isEmpty();
    }

    @Test
    void sortsByLastNameThenFirstNameUnlessAskedOtherwise() {
        var byName = clients.search(new ClientFilter(null, null), Pageable.unpaged()).map(ClientSummary::lastName)
                .getContent();
        assertThat(byName).containsExactly("Ångström", "Hassan", "Nowak", "田中");
        var byBirth = clients.search(new ClientFilter(null, null),
                PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, ClientService.SORT_BIRTH)));
        assertThat(byBirth.map(ClientSummary::id).getContent()).containsExactly(tanaka, lukasz);
        assertThat(byBirth.getTotalElements()).isEqualTo(4);
    }

    @Test
    void archivedClientsLeaveTheActiveListAndKeepTheirRecord() {
        clients.archive(lukasz);
        assertThat(clients.search(ClientFilter.ACTIVE, Pageable.unpaged()).map(ClientSummary::id))
                .doesNotContain(lukasz);
        assertThat(clients.search(new ClientFilter(null, ClientStatus.ARCHIVED), Pageable.unpaged())
                .map(ClientSummary::id)).containsExactly(lukasz);
        assertThat(clients.get(lukasz).lastName()).isEqualTo("Nowak");
        clients.restore(lukasz);
        assertThat(clients.get(lukasz).status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void anotherClinicCanNeitherFindNorReadNorChangeAClient() {
        signIn.atNewClinic();
        assertThat(find("zo")).isEmpty();
        assertThatThrownBy(() -> clients.get(zoe)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.update(zoe, 0, draft("Eve", "Intruder", "1980-01-01")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.archive(zoe)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesIncompleteOrImpossibleRecordsInPlainWords() {
        assertThatThrownBy(() -> clients.create(draft("Zoë", " ", "1961-04-12")))
                .isInstanceOf(UserFacingException.class).hasMessage("Enter the client's last name.");
        assertThatThrownBy(() -> clients.create(draft("Zoë", "Ångström", LocalDate.now().plusDays(1).toString())))
                .hasMessage("The date of birth must be in the past.");
        assertThatThrownBy(() -> clients.create(draft("Zoë", "Ångström", "1800-04-12")))
                .hasMessage("Check the date of birth: it is more than 120 years ago.");
        var badEmail = draft("Zoë", "Ångström", "1961-04-12");
        badEmail.setEmail("zoe at example");
        assertThatThrownBy(() -> clients.create(badEmail)).hasMessage("Enter a valid e-mail address, or leave it empty.");
        var badPhone = draft("Zoë", "Ångström", "1961-04-12");
        badPhone.setPhone("call me maybe");
        assertThatThrownBy(() -> clients.create(badPhone)).hasMessageContaining("digits");
    }

    @Test
    void aSaveOverAColleaguesNewerVersionIsRefused() {
        long opened = clients.get(zoe).version();
        var colleague = clients.draftForEdit(zoe);
        colleague.setPhone("+44 20 7946 0000");
        clients.update(zoe, opened, colleague);

        var mine = clients.draftForEdit(zoe);
        mine.setMainComplaint("Typed while a colleague saved");
        assertThatThrownBy(() -> clients.update(zoe, opened, mine)).isInstanceOf(ConcurrentEditException.class);
        assertThat(clients.get(zoe).phone()).isEqualTo("+44 20 7946 0000");
    }

    @Test
    void namesWhoseSearchKeysFoldLongerStillSaveAndAreFound() {
        long eszett = clients.create(draft("Anna", "ß".repeat(80), "1970-01-01"));
        long hangul = clients.create(draft("민준", "김".repeat(30), "1980-02-02"));
        assertThat(find("ss")).contains(eszett);
        assertThat(find("김김김")).contains(hangul);
        assertThat(find("김".repeat(30))).as("the whole name typed").contains(hangul);
    }

    List<Long> find(String text) {
        return clients.search(new ClientFilter(text, ClientStatus.ACTIVE), Pageable.unpaged())
                .map(ClientSummary::id).getContent();
    }

    static ClientDraft draft(String first, String last, String born) {
        var draft = new ClientDraft();
        draft.setFirstName(first);
        draft.setLastName(last);
        draft.setDateOfBirth(LocalDate.parse(born));
        draft.setMainComplaint("Low back pain");
        return draft;
    }
}
