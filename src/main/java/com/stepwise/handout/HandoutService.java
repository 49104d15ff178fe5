package com.stepwise.handout;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanVersionView;
import com.stepwise.plan.PrescribedInstructions;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.plan.StageContent;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.TrackingSheet;
import com.stepwise.progression.Criterion;
import com.stepwise.progression.PrerequisiteView;
import com.stepwise.progression.ProgressionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints a plan version as the client's handout. Everything comes through the owning features' services, so the
 * same clinic scoping applies: another clinic's plan is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HandoutService {

    private final PlanService plans;
    private final ClientService clients;
    private final ClinicService clinics;
    private final ExerciseService exercises;
    private final ProgressionService progression;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final HandoutRenderer renderer;
    private final Clock clock;

    HandoutService(PlanService plans, ClientService clients, ClinicService clinics, ExerciseService exercises,
                   ProgressionService progression, ProgressService progress, CurrentUser currentUser,
                   ExerciseIllustrations illustrations, Clock clock) {
        this.progress = progress;
        this.plans = plans;
        this.clients = clients;
        this.clinics = clinics;
        this.exercises = exercises;
        this.progression = progression;
        this.currentUser = currentUser;
        this.renderer = new HandoutRenderer(illustrations);
        this.clock = clock;
    }

    /**
     * The handout of a plan version: the one asked for, else the active one, else the draft being built. The active
     * version prints the stage the client is on; any other version prints its first stage. The stage after it is
     * "what comes next".
     */
    public Handout handout(long planId, Integer versionNumber) {
        return render(data(planId, versionNumber));
    }

    Handout render(HandoutData data) {
        var name = "Stepwise - " + data.clientName() + " - " + data.planTitle() + " - v" + data.versionNumber()
                + ".pdf";
        return new Handout(name.replaceAll("[\\\\/:*?\"<>|]", "-"), renderer.render(data));
    }

    HandoutData data(long planId, Integer versionNumber) {
        var plan = plans.get(planId);
        PlanVersionView version = versionNumber == null
                ? (plan.active() != null ? plan.active() : plan.working())
                : plan.versions().stream().filter(v -> v.number() == versionNumber).findFirst()
                        .orElseThrow(() -> new NotFoundException("Version " + versionNumber + " of this plan"));
        var stages = version.content().stages();
        if (stages.isEmpty() || version.content().exerciseCount() == 0) {
            throw new UserFacingException("This plan has no exercises yet: add some before printing the handout.");
        }
        var client = clients.get(plan.clientId());
        boolean active = plan.active() != null && plan.active().number() == version.number();
        int stage = active ? Math.min(progress.currentStage(planId), stages.size() - 1) : 0;
        StageContent current = stages.get(stage);
        StageContent next = stage + 1 < stages.size() ? stages.get(stage + 1) : null;

        var ids = current.prescriptions().stream().map(PrescriptionContent::exerciseId).collect(Collectors.toSet());
        if (next != null) {
            next.prescriptions().forEach(p -> ids.add(p.exerciseId()));
        }
        Map<Long, ExerciseDetails> details = exercises.details(ids).stream()
                .collect(Collectors.toMap(ExerciseDetails::id, Function.identity()));

        var items = current.prescriptions().stream().map(p -> {
            var exercise = asPrescribed(details.get(p.exerciseId()), version.instructions().get(p.exerciseId()));
            var photo = exercise.hasPhoto() ? exercises.photo(exercise.id()).orElse(null) : null;
            return new HandoutData.Item(exercise, p, photo);
        }).toList();
        List<HandoutData.Next> comesNext = next == null ? List.of() : next.prescriptions().stream()
                .map(p -> details.get(p.exerciseId()))
                .map(exercise -> new HandoutData.Next(exercise.name(), unlockSentences(exercise)))
                .toList();
        return new HandoutData(clinics.branding(), clinics.logo().orElse(null), client.fullName(),
                client.prefersLargePrint(), currentUser.require().displayName(), plan.title(), plan.goal(),
                version.number(), current.name(), items, next == null ? null : next.name(), comesNext,
                TrackingSheet.of(List.of(current), details.values().stream().collect(Collectors.toMap(
                        ExerciseDetails::id, ExerciseDetails::name)), LocalDate.now(clock)),
                LocalDate.now(clock));
    }

    /** The exercise as the version prescribed it: the instructions kept at activation, where there are some. */
    private static ExerciseDetails asPrescribed(ExerciseDetails now, PrescribedInstructions then) {
        return then == null ? now : new ExerciseDetails(now.id(), now.version(), now.code(), then.name(),
                then.purpose(), now.startingPosition(), now.positionDetail(), now.floorRequired(), now.defaultDose(),
                then.steps(), then.cautions(), now.targetAreas(), now.equipment(), then.illustration(),
                now.hasPhoto(), now.easier(), now.harder(), now.builtIn(), now.archived());
    }

    /** "When you can do part 1 comfortably, with pain no higher than 3 out of 10, on 3 days within two weeks, ..." */
    private List<String> unlockSentences(ExerciseDetails exercise) {
        var requirements = progression.requirementsOf(exercise.id());
        if (requirements.isEmpty()) {
            return List.of("We will add " + exercise.name() + " at your next visit.");
        }
        return requirements.stream().map(PrerequisiteView::required).distinct().map(required -> {
            Criterion criterion = requirements.stream().filter(r -> r.required().equals(required)).findFirst()
                    .orElseThrow().criterion();
            return "When you can do " + required.name() + " comfortably, with pain no higher than "
                    + criterion.maxPain() + " out of 10, on " + criterion.sessions()
                    + (criterion.sessions() == 1 ? " day" : " days") + " within " + window(criterion.windowDays())
                    + ", we will add " + exercise.name() + ".";
        }).toList();
    }

    static String window(int days) {
        return switch (days) {
            case 7 -> "a week";
            case 14 -> "two weeks";
            case 21 -> "three weeks";
            case 28 -> "four weeks";
            default -> days + " days";
        };
    }
}
