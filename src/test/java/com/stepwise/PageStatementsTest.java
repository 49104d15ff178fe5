package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.base.ui.ShownText;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.Feeling;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.SessionLogs;
import com.stepwise.progress.Symptom;
import com.stepwise.progression.ProgressionService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * What opening the client page and the plan builder costs the database, counted with Hibernate's statistics: at most
 * {@value #MOST} statements each, and the same number for a client with a long history (many plan versions, months of
 * logs, sign-offs, questionnaires) as for a new one. Each statement is listed when the limit is broken.
 */
@IntegrationTest
class PageStatementsTest extends SpringBrowserlessTest {

    private static final int MOST = 15;

    @Autowired
    TestClinics signIn;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressionService progression;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    long client;
    long plan;
    long tilt;
    long part1;

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        var draft = new ClientDraft();
        draft.setFirstName("Amara");
        draft.setLastName("Okafor");
        draft.setDateOfBirth(LocalDate.of(1961, 3, 14));
        client = clients.create(draft);
        tilt = builtIn("somatic-pelvic-tilt");
        part1 = builtIn("gluteal-stretch-part-1");
        plan = plans.create(client, "Low back, gentle start", null, null);
        var details = plans.get(plan);
        var content = details.working().content().withStage("Part 1");
        content = content.withExercise(content.stages().get(0).key(), tilt, exercises.get(tilt).defaultDose());
        content = content.withExercise(content.stages().get(1).key(), part1, exercises.get(part1).defaultDose());
        details = plans.save(plan, details.version(), content);
        plans.activate(plan, details.version());
        SessionLogs.log(progress, client, LocalDate.now(), tilt, CellValue.done(1, Feeling.COMFORTABLE, 2),
                Symptom.SHARP_OR_SHOOTING_PAIN);
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void theClientPageAsksAFewQuestionsWhateverTheHistory() {
        assertFewAndSteady("clients/" + client);
    }

    @Test
    void theClientPageReadsThePlanAndItsVersionsOnce() {
        // The plans section reads the client's plans with their versions; the readiness and review sections ask
        // about the active plan again, which that read has answered.
        var statements = statementsFor("clients/" + client);
        assertThat(statements).as("reads of plan rows").filteredOn(q -> q.contains("select p from Plan p")).hasSize(1);
        assertThat(statements).as("reads of version rows").filteredOn(q -> q.contains("select v from PlanVersion v"))
                .hasSize(1);
    }

    @Test
    void theBuilderAsksAFewQuestionsWhateverTheHistory() {
        assertFewAndSteady("plans/" + plan);
        assertThat(statementsFor("plans/" + plan)).as("reads of the client's sign-offs: the history and the rule "
                + "share one").filteredOn(q -> q.contains("from SignOff s")).hasSize(1);

        // The newest saves' changes are shown; older ones on request, until there are none left.
        var history = find(com.vaadin.flow.component.html.UnorderedList.class).withClassName("history-list");
        int shown = history.single().getChildren().toList().size();
        test(find(com.vaadin.flow.component.button.Button.class).withText("Show older changes").single()).click();
        assertThat(history.single().getChildren().toList().size()).as("older changes added below").isGreaterThan(shown);
        for (int i = 0; i < 10 && find(com.vaadin.flow.component.button.Button.class)
                .withText("Show older changes").exists(); i++) {
            test(find(com.vaadin.flow.component.button.Button.class).withText("Show older changes").single()).click();
        }
        assertThat(ShownText.of(history.single())).as("back to the very start")
                .contains("Started the plan \"Low back, gentle start\"");
    }

    @Test
    void theBuildersPageDoesNotGrowWithHistory() {
        // Twice first, so that both pages show only the repeated part of the history, not the plan's first days.
        addHistory();
        addHistory();
        int longer = elements(navigate("plans/" + plan, com.vaadin.flow.component.Component.class).getElement());
        addHistory();
        int longest = elements(navigate("plans/" + plan, com.vaadin.flow.component.Component.class).getElement());
        System.out.printf("builder: %d elements with history, %d with twice as much%n", longer, longest);
        // Within one history line (five elements): the history page is cut at a save's time, and saves made in the
        // same millisecond, as here, fall on either side of it.
        assertThat(longest).as("elements on the builder with twice the history")
                .isCloseTo(longer, org.assertj.core.api.Assertions.within(5));

        // The versions section lists the newest, then the rest on request, each version's content once opened.
        var versions = find(com.vaadin.flow.component.details.Details.class).all();
        assertThat(versions).hasSize(10);
        assertThat(versions.getFirst().getSummaryText()).startsWith("Version 37 · active");
        assertThat(versions.getFirst().getContent().toList()).as("drawn only when opened").isEmpty();
        for (int i = 0; i < 5 && find(com.vaadin.flow.component.button.Button.class)
                .withText("Show older versions").exists(); i++) {
            test(find(com.vaadin.flow.component.button.Button.class).withText("Show older versions").single()).click();
        }
        var first = find(com.vaadin.flow.component.details.Details.class).all().getLast();
        assertThat(first.getSummaryText()).startsWith("Version 1 · superseded");
        first.setOpened(true);
        assertThat(ShownText.of(first)).contains("Somatic pelvic tilt (3 parts): ")
                .contains("Gluteal stretches, part 1: ");
    }

    private static int elements(com.vaadin.flow.dom.Element element) {
        return 1 + element.getChildren().mapToInt(PageStatementsTest::elements).sum();
    }

    /**
     * At most {@value #MOST} statements new, with a history longer than one page of it, and with twice that: the
     * last two the same.
     */
    private void assertFewAndSteady(String route) {
        var fresh = statementsFor(route);
        addHistory();
        var longer = statementsFor(route);
        addHistory();
        var longest = statementsFor(route);
        System.out.printf("%s: %d statements new, %d with history, %d with twice as much%n", route, fresh.size(),
                longer.size(), longest.size());
        assertThat(fresh).as("statements of " + route + ", new").hasSizeLessThanOrEqualTo(MOST);
        assertThat(longest).as("statements of " + route + " with a long history").hasSizeLessThanOrEqualTo(MOST);
        assertThat(longest.size()).as("twice the history, the same questions").isEqualTo(longer.size());
    }

    /** Twelve more versions, sixty days of logs, sign-offs and their withdrawal. */
    private void addHistory() {
        for (int i = 0; i < 12; i++) {
            var details = plans.get(plan);
            var content = details.working().content();
            content = content.withNotes(content.stages().getFirst().prescriptions().getFirst().key(),
                    "Slower on the way down, version " + (i + 2));
            details = plans.save(plan, details.version(), content);
            plans.activate(plan, details.version());
        }
        for (int daysAgo = 1; daysAgo < 60; daysAgo++) {
            SessionLogs.log(progress, client, LocalDate.now().minusDays(daysAgo), tilt,
                    CellValue.done(1, Feeling.COMFORTABLE, 2));
        }
        var signOff = progression.recordSignOff(client, tilt, "Seen doing ten slow tilts in clinic");
        progression.withdrawSignOff(signOff.id(), "Recorded for the wrong client");
    }

    /** The SQL of one navigation, as Hibernate prepared it. */
    private List<String> statementsFor(String route) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        navigate(route, Component.class);
        long count = statistics.getPrepareStatementCount();
        var queries = new ArrayList<String>();
        for (var query : statistics.getQueries()) {
            long executed = statistics.getQueryStatistics(query).getExecutionCount();
            if (executed > 0) {
                queries.add(executed + " × " + query.replaceAll("\\s+", " "));
            }
        }
        long byQuery = queries.stream().mapToLong(q -> Long.parseLong(q.substring(0, q.indexOf(' ')))).sum();
        var statements = new ArrayList<String>(queries);
        for (long i = byQuery; i < count; i++) {
            statements.add("(an entity read by id, or native SQL)");
        }
        return statements;
    }

    private long builtIn(String code) {
        return exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
    }
}
