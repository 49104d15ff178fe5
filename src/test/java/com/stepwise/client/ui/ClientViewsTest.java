package com.stepwise.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.base.ui.ShownText;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.client.ClientStatus;
import com.stepwise.client.ClientSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The client screens as a physio uses them: find, add with mistakes, open, archive. */
@IntegrationTest
class ClientViewsTest extends SpringBrowserlessTest {

    private static final String SAVE = "Save client";

    @Autowired
    TestClinics signIn;
    @Autowired
    ClientService clients;

    /** Signs in before the base class builds the Vaadin environment, so the mock request carries the user. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        for (var name : List.of("Zoë Ångström", "Tomás García", "Priya Raman")) {
            var draft = new ClientDraft();
            draft.setFirstName(name.split(" ")[0]);
            draft.setLastName(name.split(" ")[1]);
            draft.setDateOfBirth(LocalDate.of(1970, 1, 1));
            clients.create(draft);
        }
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void theClientListFindsByTheStartOfAName() {
        var list = navigate(ClientListView.class);
        assertThat(rows(list)).hasSize(3);
        test(list.search).setValue("garc");
        assertThat(rows(list)).extracting(ClientSummary::lastName).containsExactly("García");
    }

    @Test
    void savingAnIncompleteClientSaysWhatToFixAndKeepsWhatWasTyped() {
        var editor = navigate(ClientEditorView.class);
        test(editor.form.firstName).setValue("Dieter");
        test(editor.form.email).setValue("dieter at example");
        clickSave();

        assertThat(editor.form.lastName.getErrorMessage()).isEqualTo("Enter the client's last name.");
        assertThat(editor.form.dateOfBirth.getErrorMessage()).isEqualTo("Enter the client's date of birth.");
        assertThat(editor.form.email.isInvalid()).isTrue();
        assertThat(problem().isVisible()).isTrue();
        assertThat(editor.form.firstName.getValue()).isEqualTo("Dieter");
        assertThat(getCurrentView()).isSameAs(editor);
    }

    @Test
    void aNewClientIsSavedAndOpensOnTheirPage() {
        var editor = navigate(ClientEditorView.class);
        test(editor.form.firstName).setValue("Dieter");
        test(editor.form.lastName).setValue("Müller");
        editor.form.dateOfBirth.setValue(LocalDate.of(1952, 12, 30));
        test(editor.form.cannotGetToFloor).click();
        clickSave();

        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        var page = (ClientView) getCurrentView();
        assertThat(ShownText.of(page)).contains("Dieter Müller")
                .contains("Cannot get down to the floor");
    }

    @Test
    void archivingFromTheClientPageMovesThemToTheArchivedList() {
        long id = clients.search(new ClientFilter("priya", ClientStatus.ACTIVE), Pageable.unpaged()).getContent()
                .getFirst().id();
        navigate("clients/" + id, ClientView.class);
        test(find(Button.class).withText("Archive").single()).click();

        var list = navigate(ClientListView.class);
        assertThat(rows(list)).extracting(ClientSummary::lastName).doesNotContain("Raman");
        test(list.shown).selectItem("Archived clients");
        assertThat(rows(list)).extracting(ClientSummary::lastName).containsExactly("Raman");
    }

    private List<ClientSummary> rows(ClientListView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private void clickSave() {
        test(find(Button.class).withText(SAVE).single()).click();
    }

    private Div problem() {
        return find(Div.class).withClassName("editor-problem").single();
    }
}
