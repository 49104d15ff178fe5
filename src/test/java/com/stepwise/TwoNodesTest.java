package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.progress.Attention;
import com.stepwise.progress.CellValue;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.RedFlagAction;
import com.stepwise.progress.SessionLogs;
import com.stepwise.progress.Symptom;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;

/**
 * The supported scale-out: two application instances (each with its own web server, sessions and caches) against one
 * PostgreSQL. Whatever one node writes, the other reads at once; a conflict between them is caught by optimistic
 * locking; Today's kept state is right whichever node wrote it, also when both write for one client at the same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    private Node one;
    private Node two;

    @BeforeAll
    void startTwoNodes() {
        String database = EmbeddedPostgresDatabase.freshDatabaseUrl("two_nodes");
        one = Node.start(database);
        two = Node.start(database);
    }

    @AfterAll
    void stop() {
        two.context.close();
        one.context.close();
    }

    @Test
    void bothNodesUseTheSameFreshDatabaseBehindTheirOwnWebServers() throws Exception {
        for (var node : List.of(one, two)) {
            try (var connection = node.context.getBean(DataSource.class).getConnection();
                 var result = connection.createStatement().executeQuery("select current_database()")) {
                result.next();
                assertThat(result.getString(1)).isEqualTo("two_nodes");
            }
        }
        assertThat(one.port()).isNotEqualTo(two.port());
    }

    @Test
    void aSaveOnOneNodeIsSeenOnTheOtherAndAStaleSaveOnEitherIsRefused() {
        var clinician = one.clinics().atNewClinic();
        long client = one.newClient("Ewa", "Nowak");
        long plan = one.bean(PlanService.class).create(client, "Gentle start", null, null);

        two.signInAs(clinician);
        var onTwo = two.bean(PlanService.class).get(plan);
        assertThat(onTwo.title()).as("node two reads what node one wrote").isEqualTo("Gentle start");

        one.signInAs(clinician);
        var onOne = one.bean(PlanService.class).get(plan);
        long tilt = one.builtIn("somatic-pelvic-tilt");
        var content = onOne.working().content();
        one.bean(PlanService.class).save(plan, onOne.version(), content.withExercise(
                content.stages().getFirst().key(), tilt, one.bean(ExerciseService.class).get(tilt).defaultDose()));

        two.signInAs(clinician);
        assertThatThrownBy(() -> two.bean(PlanService.class).describe(plan, onTwo.version(), "Renamed on two", null))
                .as("node two's screen was opened before node one's save")
                .isInstanceOf(ConcurrentEditException.class);
        var fresh = two.bean(PlanService.class).get(plan);
        assertThat(fresh.working().content().exerciseCount()).as("node one's save, seen on node two").isEqualTo(1);
        two.bean(PlanService.class).describe(plan, fresh.version(), "Renamed on two", null);

        one.signInAs(clinician);
        assertThat(one.bean(PlanService.class).get(plan).title()).isEqualTo("Renamed on two");
    }

    @Test
    void todaysKeptStateIsRightWhicheverNodeWroteIt() throws Exception {
        var clinician = one.clinics().atNewClinic();
        long client = one.newClient("Kofi", "Mensah");
        long tilt = one.builtIn("somatic-pelvic-tilt");
        var plans = one.bean(PlanService.class);
        long plan = plans.create(client, "Gentle start", null, null);
        var details = plans.get(plan);
        var content = details.working().content();
        details = plans.save(plan, details.version(), content.withExercise(content.stages().getFirst().key(), tilt,
                one.bean(ExerciseService.class).get(tilt).defaultDose()));
        plans.activate(plan, details.version());
        var today = LocalDate.now();

        // A red flag typed on node one is on Today on node two, and acknowledged there it leaves Today on node one.
        SessionLogs.log(one.progress(), client, today, tilt, CellValue.done(1, com.stepwise.progress.Feeling.PAINFUL,
                7), Symptom.SADDLE_NUMBNESS);
        two.signInAs(clinician);
        assertThat(reasonsOf(two, client)).first().isEqualTo(Attention.Reason.URGENT_RED_FLAG);
        var flag = two.progress().openRedFlags(client).getFirst();
        two.progress().acknowledge(flag.id(), flag.version(), RedFlagAction.SENT_TO_EMERGENCY,
                "Phoned, sent to the emergency department");
        one.signInAs(clinician);
        assertThat(reasonsOf(one, client)).doesNotContain(Attention.Reason.URGENT_RED_FLAG);

        // Both nodes record for the same client at the same moment: neither write is lost from the kept state.
        try (var threads = Executors.newFixedThreadPool(2)) {
            var fromOne = threads.submit(write(one, clinician, client, tilt, today.minusDays(1),
                    Symptom.NUMBNESS_OR_TINGLING));
            var fromTwo = threads.submit(write(two, clinician, client, tilt, today.minusDays(2),
                    Symptom.BLADDER_OR_BOWEL_CHANGES));
            fromOne.get();
            fromTwo.get();
        }
        for (var node : List.of(one, two)) {
            node.signInAs(clinician);
            assertThat(reasonsOf(node, client)).as("Today on either node holds both nodes' red flags")
                    .startsWith(Attention.Reason.URGENT_RED_FLAG, Attention.Reason.RED_FLAG);
            assertThat(node.progress().openRedFlags(client)).extracting(f -> f.symptom())
                    .containsExactlyInAnyOrder(Symptom.NUMBNESS_OR_TINGLING, Symptom.BLADDER_OR_BOWEL_CHANGES);
        }
    }

    private static Callable<Void> write(Node node, StepwiseUser clinician, long client, long exercise, LocalDate day,
                                        Symptom symptom) {
        return () -> {
            node.signInAs(clinician);
            SessionLogs.log(node.progress(), client, day, exercise, SessionLogs.comfortable(2), symptom);
            return null;
        };
    }

    private static List<Attention.Reason> reasonsOf(Node node, long client) {
        return SessionLogs.today(node.progress()).stream().filter(a -> a.clientId() == client).findFirst()
                .map(Attention::reasons).orElse(List.of());
    }

    /** One application instance, as `java -jar` would start it, on its own port. */
    private record Node(ConfigurableApplicationContext context) {

        static Node start(String databaseUrl) {
            return new Node(new SpringApplicationBuilder(Application.class).profiles("test").run(
                    "--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
                    "--server.port=0", "--spring.main.banner-mode=off"));
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        TestClinics clinics() {
            return bean(TestClinics.class);
        }

        ProgressService progress() {
            return bean(ProgressService.class);
        }

        void signInAs(StepwiseUser clinician) {
            clinics().signInAs(clinician);
        }

        int port() {
            return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
        }

        long newClient(String first, String last) {
            var draft = new ClientDraft();
            draft.setFirstName(first);
            draft.setLastName(last);
            draft.setDateOfBirth(LocalDate.of(1970, 1, 1));
            return bean(ClientService.class).create(draft);
        }

        long builtIn(String code) {
            return bean(ExerciseService.class).search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                    .filter(e -> e.builtIn() && e.code().equals(code)).findFirst().orElseThrow().id();
        }
    }
}
