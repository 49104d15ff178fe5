package com.stepwise.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.client.ClientDraft;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The Today list, a plan's readiness and a client's review ask the database a fixed number of questions: ten times
 * the clients and logs must not mean one more SQL statement. Counted with Hibernate's statistics, which the test
 * profile turns on.
 */
@IntegrationTest
class QueryCountTest {

    @Autowired
    ProgressService progress;
    @Autowired
    PlanService plans;
    @Autowired
    ClientService clients;
    @Autowired
    ExerciseService exercises;
    @Autowired
    TestClinics signIn;
    @Autowired
    Clock clock;
    @Autowired
    com.stepwise.MutableClock testClock;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    long tilt;
    LocalDate today;
    int added;

    @BeforeEach
    void signIn() {
        signIn.atNewClinic();
        today = LocalDate.now(clock);
        tilt = exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream()
                .filter(e -> e.builtIn() && e.code().equals("somatic-pelvic-tilt")).findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void theTodayListDoesNotAskMoreAsTheClinicGrows() {
        addClients(2);
        long small = statementsFor(() -> SessionLogs.today(progress)) + statementsFor(progress::attentionCounts);
        assertThat(SessionLogs.today(progress)).hasSize(2);

        addClients(20);
        long large = statementsFor(() -> SessionLogs.today(progress)) + statementsFor(progress::attentionCounts);
        assertThat(SessionLogs.today(progress)).hasSize(22);
        assertThat(large).as("statements with 22 clients against 2").isEqualTo(small).isLessThanOrEqualTo(3);
    }

    @Test
    void readinessAndTheReviewDoNotAskMoreAsTheLogsGrow() {
        long plan = addClients(1).getFirst();
        long clientId = plans.get(plan).clientId();
        log(clientId, today, 2);
        long few = statementsFor(() -> progress.readiness(plan));
        long reviewFew = statementsFor(() -> progress.review(clientId));

        for (int daysAgo = 1; daysAgo < 60; daysAgo++) {
            var day = today.minusDays(daysAgo);
            SessionLogs.log(progress, clientId, day, tilt, CellValue.done(1, Feeling.COMFORTABLE, 2));
        }
        long many = statementsFor(() -> progress.readiness(plan));
        assertThat(many).as("statements with 60 days of logs against one").isEqualTo(few);
        assertThat(statementsFor(() -> progress.review(clientId))).as("the review, likewise").isEqualTo(reviewFew);
    }

    /**
     * Clients, each with a plan activated 20 days ago and nothing logged since, and for every other one a red flag
     * and rising pain this week. Returns their plans.
     */
    private List<Long> addClients(int count) {
        var planIds = new java.util.ArrayList<Long>();
        for (int n = 0; n < count; n++) {
            int i = added++;
            var draft = new ClientDraft();
            draft.setFirstName("Client");
            draft.setLastName("Number " + i);
            draft.setDateOfBirth(LocalDate.of(1970, 1, 1).plusDays(i));
            testClock.setDay(today.minusDays(20));
            long client = clients.create(draft);
            long plan = plans.create(client, "Plan " + i, null, null);
            var details = plans.get(plan);
            var content = details.working().content();
            content = content.withExercise(content.stages().getFirst().key(), tilt, exercises.get(tilt).defaultDose());
            details = plans.save(plan, details.version(), content);
            plans.activate(plan, details.version());
            testClock.reset();
            if (i % 2 == 1) {
                log(client, today.minusDays(10), 1);
                log(client, today, 5, Symptom.SHARP_OR_SHOOTING_PAIN);
            }
            planIds.add(plan);
        }
        return planIds;
    }

    private void log(long client, LocalDate day, int pain, Symptom... symptoms) {
        SessionLogs.log(progress, client, day, tilt, CellValue.done(1, Feeling.PAINFUL, pain), symptoms);
    }

    private long statementsFor(Supplier<?> screen) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        screen.get();
        long count = statistics.getPrepareStatementCount();
        assertThat(count).as("statistics are on, so something was counted").isPositive();
        return count;
    }
}
