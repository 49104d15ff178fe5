package com.stepwise.progress;

import com.stepwise.base.security.SystemSignIn;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.DemoClinicReady;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo profile only: two weeks of paper sheets typed in for three demo clients, so that Today, the client page
 * and the review show what a working clinic sees. Zoë is ready to progress; Margaret's pain is rising and she reported
 * sharp pain; Tomás reported tingling down a leg. Both red flags wait for a clinician to acknowledge them.
 */
@Component
@Profile("demo")
class DemoProgress {

    private final ProgressService progress;
    private final PlanService plans;
    private final ClientService clients;
    private final SystemSignIn signIn;
    private final Clock clock;

    DemoProgress(ProgressService progress, PlanService plans, ClientService clients, SystemSignIn signIn,
                 Clock clock) {
        this.progress = progress;
        this.plans = plans;
        this.clients = clients;
        this.signIn = signIn;
        this.clock = clock;
    }

    @EventListener
    @Order(25)
    void seed(DemoClinicReady ready) {
        signIn.runAs(ready.clinicianEmail(), () -> {
            long zoe = client("Zoë");
            LocalDate today = LocalDate.now(clock);
            if (!progress.sheet(zoe, today.minusDays(30), today).cells().isEmpty()) {
                return;
            }
            // Zoë: comfortable morning and evening on most days, pain easing.
            sheet(zoe, today, (day, session) -> day % 4 == 3 ? null
                    : CellValue.done(null, Feeling.COMFORTABLE, day < 7 ? 3 : 1), Map.of());
            progress.recordOswestry(zoe, today.minusDays(21), oswestry(3, 2, 3, 2, 3, 2, 3, null, 2, 2));
            progress.recordOswestry(zoe, today.minusDays(1), oswestry(1, 1, 2, 1, 1, 1, 1, null, 1, 1));

            // Margaret: pain rising this week, and sharp pain three days ago.
            long margaret = client("Margaret");
            sheet(margaret, today, (day, session) -> CellValue.done(null,
                    day >= 7 ? Feeling.SOME_DISCOMFORT : Feeling.COMFORTABLE, day >= 7 ? 5 : 2),
                    Map.of(today.minusDays(3), Set.of(Symptom.SHARP_OR_SHOOTING_PAIN)));
            progress.recordFunctionalScale(margaret, today.minusDays(10), List.of(
                    new FunctionalScale.Activity("Walking to the shops", 4),
                    new FunctionalScale.Activity("Getting out of the car", 5),
                    new FunctionalScale.Activity("Standing to cook", 3)));

            // Tomás: a few sessions, then tingling down a leg yesterday.
            long tomas = client("Tomás");
            sheet(tomas, today, (day, session) -> day >= 10 ? CellValue.done(null, Feeling.SOME_DISCOMFORT, 4)
                    : null, Map.of(today.minusDays(1), Set.of(Symptom.NUMBNESS_OR_TINGLING)));
        });
    }

    /** A box's value for the day (0 is two weeks ago) and session, or null for an empty box. */
    private interface Box {
        CellValue on(int day, int session);
    }

    /** Types a two-week sheet of the client's current stage, as a clinician would from the paper. */
    private void sheet(long clientId, LocalDate today, Box box, Map<LocalDate, Set<Symptom>> signs) {
        var plan = plans.plansOf(clientId).stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .orElseThrow();
        var content = plans.get(plan.id()).active().content();
        var stage = content.stages().get(Math.min(progress.currentStage(plan.id()), content.stages().size() - 1));
        var layout = TrackingSheet.of(List.of(stage), Map.of(), today.minusDays(TrackingSheet.DAYS - 1));
        var changes = new ArrayList<CellChange>();
        for (int row = 0; row < layout.rows().size(); row++) {
            for (int day = 0; day < TrackingSheet.DAYS; day++) {
                var value = box.on(day, layout.rows().get(row).session());
                if (value != null) {
                    changes.add(new CellChange(layout.cell(row, day), CellValue.EMPTY, value, null));
                }
            }
        }
        progress.record(clientId, LogSource.SHEET, changes, signs, null);
    }

    private static Map<Oswestry.Section, Integer> oswestry(Integer... scores) {
        var answers = new EnumMap<Oswestry.Section, Integer>(Oswestry.Section.class);
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != null) {
                answers.put(Oswestry.Section.values()[i], scores[i]);
            }
        }
        return answers;
    }

    private long client(String firstName) {
        return clients.search(new ClientFilter(firstName, null), Pageable.ofSize(1)).getContent().getFirst().id();
    }
}
