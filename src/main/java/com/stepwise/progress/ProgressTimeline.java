package com.stepwise.progress;

import com.stepwise.base.ReadOnce;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.StageContent;
import com.stepwise.progression.ProgressionService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * Puts a client's progress in date order: each day's sessions (red flags called out), every stage change with who
 * made it and any override reason (from the audit history, so nothing is lost), sign-offs and questionnaires.
 */
@Component
class ProgressTimeline {

    private final EntityManager entityManager;
    private final PlanService plans;
    private final ProgressionService progression;
    private final Clock clock;

    ProgressTimeline(EntityManager entityManager, PlanService plans, ProgressionService progression, Clock clock) {
        this.entityManager = entityManager;
        this.plans = plans;
        this.progression = progression;
        this.clock = clock;
    }

    /** Newest first, from {@code from} on. */
    List<TimelineEntry> of(long clientId, LocalDate from, List<LoggedExercise> logs, List<RedFlagView> redFlags,
                           List<MeasureResult> measures) {
        var entries = new ArrayList<TimelineEntry>();
        sessions(logs, entries);
        redFlags.forEach(flag -> entries.add(new TimelineEntry(flag.reportedOn(), TimelineEntry.Kind.RED_FLAG,
                redFlagInWords(flag))));
        stageChanges(clientId, from, entries);
        progression.signOffsOf(clientId).forEach(signOff -> {
            entries.add(new TimelineEntry(LocalDate.ofInstant(signOff.signedAt(), clock.getZone()),
                    TimelineEntry.Kind.SIGN_OFF, signOff.exerciseName() + " signed off by " + signOff.signedBy()
                    + (signOff.note() == null ? "" : ": " + signOff.note())));
            if (!signOff.current()) {
                entries.add(new TimelineEntry(LocalDate.ofInstant(signOff.withdrawn().at(), clock.getZone()),
                        TimelineEntry.Kind.SIGN_OFF, "Sign-off of " + signOff.exerciseName() + " withdrawn by "
                        + signOff.withdrawn().by() + ": " + signOff.withdrawn().reason()));
            }
        });
        measures.forEach(m -> entries.add(new TimelineEntry(m.measuredOn(), TimelineEntry.Kind.QUESTIONNAIRE,
                m.kind().label() + ": " + m.scoreInWords())));
        return entries.stream().filter(e -> !e.date().isBefore(from))
                .sorted(Comparator.comparing(TimelineEntry::date).reversed()).toList();
    }

    private static void sessions(List<LoggedExercise> logs, List<TimelineEntry> entries) {
        Map<LocalDate, List<LoggedExercise>> byDay = logs.stream()
                .collect(Collectors.groupingBy(LoggedExercise::date, TreeMap::new, Collectors.toList()));
        byDay.forEach((day, sessions) -> {
            long done = sessions.stream().filter(LoggedExercise::done).count();
            var pain = sessions.stream().map(LoggedExercise::pain).filter(p -> p != null).max(Integer::compare);
            entries.add(new TimelineEntry(day, TimelineEntry.Kind.SESSION, done + " of " + sessions.size()
                    + (sessions.size() == 1 ? " session" : " sessions") + " done"
                    + pain.map(p -> ", highest pain " + p + " / 10").orElse("")));
        });
    }

    /** "Numbness in the saddle area (urgent), recorded by Sam Patel; acknowledged by …: Called the client, …". */
    private static String redFlagInWords(RedFlagView flag) {
        var text = flag.symptom().label() + (flag.urgent() ? " (urgent)" : "") + ", " + flag.source().label()
                + " by " + flag.recordedBy() + (flag.note() == null ? "" : ": \"" + flag.note() + "\"");
        var ack = flag.acknowledged();
        return ack == null ? text + "; not yet acknowledged"
                : text + "; acknowledged by " + ack.by() + ": " + ack.action().label() + ", \"" + ack.note() + "\"";
    }

    /**
     * The stages (0 is the first) the client stood on at any time from {@code from} until now, in plan order: the
     * current one and each one left since, from the audit history of the stage changes.
     */
    List<Integer> stagesSince(long planId, LocalDate from, int current) {
        var revisions = stageRevisions(planId);
        var stages = new java.util.TreeSet<Integer>();
        stages.add(current);
        int before = 0;
        for (var change : revisions) {
            if (!LocalDate.ofInstant(change.changedAt(), clock.getZone()).isBefore(from)) {
                stages.add(before);
            }
            before = change.stageIndex();
        }
        return List.copyOf(stages);
    }

    /** Every recorded stage change of the client's active or completed plans, from the audit history. */
    private void stageChanges(long clientId, LocalDate from, List<TimelineEntry> entries) {
        for (var summary : plans.plansOf(clientId)) {
            if (summary.status() != PlanStatus.ACTIVE && summary.status() != PlanStatus.COMPLETED) {
                continue;
            }
            var revisions = stageRevisions(summary.id());
            if (revisions.isEmpty()) {
                continue;
            }
            var active = plans.get(summary.id()).active();
            List<String> names = active == null ? List.of()
                    : active.content().stages().stream().map(StageContent::name).toList();
            for (var change : revisions) {
                var date = LocalDate.ofInstant(change.changedAt(), clock.getZone());
                if (date.isBefore(from)) {
                    continue;
                }
                String stage = change.stageIndex() < names.size() ? names.get(change.stageIndex())
                        : "stage " + (change.stageIndex() + 1);
                boolean activation = change.basis() != null && change.basis().startsWith("Version ");
                entries.add(new TimelineEntry(date, TimelineEntry.Kind.STAGE, summary.title()
                        + (activation ? ": placed on " + stage + " (" + change.basis() + ")"
                        : ": moved on to " + stage) + " by " + change.changedByName()));
                if (change.overrideReason() != null) {
                    entries.add(new TimelineEntry(date, TimelineEntry.Kind.OVERRIDE, "Advanced without the "
                            + "criteria met: " + change.overrideReason()));
                }
            }
        }
    }

    /** Every recorded stage change of the plan, oldest first (once per screen: see {@link ReadOnce}). */
    @SuppressWarnings("unchecked")
    private List<StageProgress> stageRevisions(long planId) {
        return ReadOnce.remember(List.of("stageRevisions", planId), () -> AuditReaderFactory.get(entityManager)
                .createQuery().forRevisionsOfEntity(StageProgress.class, true, false)
                .add(AuditEntity.id().eq(planId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList());
    }
}
