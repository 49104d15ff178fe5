package com.stepwise.handout;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.CurrentUser;
import com.stepwise.client.ClientService;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseWording;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PlanVersionView;
import com.stepwise.plan.PrescribedInstructions;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.plan.StageContent;
import com.stepwise.progress.ProgressService;
import com.stepwise.progress.TrackingSheet;
import com.stepwise.progression.PrerequisiteView;
import com.stepwise.progression.ProgressionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints a plan version as the client's handout, in the client's language (the clinic's unless the client has their
 * own). Everything comes through the owning features' services, so the same clinic scoping applies: another clinic's
 * plan is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HandoutService {

    /** How a handout is asked for: which version, large print or not (null: as the client prefers), an ended plan. */
    public record Request(Integer version, Boolean largePrint, boolean forTheRecord) {

        public static Request current() {
            return new Request(null, null, false);
        }
    }

    private final PlanService plans;
    private final ClientService clients;
    private final ClinicService clinics;
    private final ExerciseService exercises;
    private final ProgressionService progression;
    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final HandoutRenderer renderer;
    private final ObjectProvider<ReportLinks> reportLinks;
    private final Clock clock;
    private final TransactionTemplate reading;

    HandoutService(PlanService plans, ClientService clients, ClinicService clinics, ExerciseService exercises,
                   ProgressionService progression, ProgressService progress, CurrentUser currentUser,
                   ExerciseIllustrations illustrations, ObjectProvider<ReportLinks> reportLinks, Clock clock,
                   PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reportLinks = reportLinks;
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

    /** The handout of the plan's current version, as the client prefers it. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Handout handout(long planId, Integer versionNumber) {
        return print(planId, new Request(versionNumber, null, false));
    }

    /**
     * The handout of a plan version: the one asked for, else the active one, else the draft being built. The active
     * version prints the stage the client is on; any other version prints its first stage. The stage after it is
     * "what comes next". A plan that has ended prints only when asked for the record, and says so.
     * <p>
     * One step after the other, never nested: the plan is read in one read-only transaction, then (once it is known
     * to print) the client's link is issued in a short write transaction, and the PDF is drawn with no connection
     * held. A print holding one connection while waiting for a second would wait for ever once prints had taken
     * every connection of the pool.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Handout print(long planId, Request request) {
        var data = reading.execute(status -> data(planId, request));
        var links = reportLinks.getIfAvailable();
        String link = links == null ? null : links.forHandout(planId, request.version()).orElse(null);
        return render(link == null ? data : data.withReportLink(link));
    }

    /**
     * What the client's own page shows: the handout's content for the stage they are on, in their language, as
     * {@link #print} would print it.
     */
    public HandoutData current(long planId) {
        return data(planId, Request.current());
    }

    Handout render(HandoutData data) {
        var name = "Stepwise - " + data.clientName() + " - " + data.planTitle() + " - v" + data.versionNumber()
                + (data.largePrint() ? " - large print" : "") + ".pdf";
        return new Handout(name.replaceAll("[\\\\/:*?\"<>|]", "-"), renderer.render(data));
    }

    /** What the handout prints, without the client's own link. */
    HandoutData data(long planId, Request request) {
        var plan = plans.get(planId);
        Integer versionNumber = request.version();
        PlanVersionView version = versionNumber == null
                ? (plan.active() != null ? plan.active() : plan.working())
                : plan.versions().stream().filter(v -> v.number() == versionNumber).findFirst()
                        .orElseThrow(() -> new NotFoundException("Version " + versionNumber + " of this plan"));
        var branding = clinics.branding();
        boolean ended = plan.status() == PlanStatus.COMPLETED || plan.status() == PlanStatus.ARCHIVED;
        if (ended && !request.forTheRecord()) {
            throw new UserFacingException("This plan has ended (" + plan.status().label().toLowerCase()
                    + "), so it is not printed as one to follow. To give the client a copy for their records, use "
                    + "\"Print for the record\" on the plan page.");
        }
        if (branding.phone() == null || branding.phone().isBlank()) {
            throw new UserFacingException("Add the clinic's phone number in Clinic settings before printing: every "
                    + "handout tells the client to call it if a warning sign appears.");
        }
        var stages = version.content().stages();
        if (stages.isEmpty() || version.content().exerciseCount() == 0) {
            throw new UserFacingException("This plan has no exercises yet: add some before printing the handout.");
        }
        var client = clients.get(plan.clientId());
        boolean active = plan.active() != null && plan.active().number() == version.number();
        int stage = active ? Math.min(progress.currentStage(planId), stages.size() - 1) : 0;
        StageContent current = stages.get(stage);
        if (current.prescriptions().isEmpty()) {
            throw new UserFacingException("Stage " + (stage + 1) + " (" + current.name() + "), the one this handout "
                    + "would print, has no exercises. Add its exercises in the plan builder first.");
        }
        StageContent next = stage + 1 < stages.size() && !ended ? stages.get(stage + 1) : null;

        Language language = client.handoutLanguage() != null ? client.handoutLanguage() : branding.handoutLanguage();
        var texts = ClientTexts.of(language, branding.numerals());
        var words = new Wording(language, branding.handoutLanguage(), version);

        var ids = current.prescriptions().stream().map(PrescriptionContent::exerciseId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (next != null) {
            next.prescriptions().forEach(p -> ids.add(p.exerciseId()));
        }
        Map<Long, ExerciseDetails> details = exercises.details(ids).stream()
                .collect(Collectors.toMap(ExerciseDetails::id, Function.identity()));
        var requirements = new LinkedHashMap<Long, List<PrerequisiteView>>();
        if (next != null) {
            next.prescriptions().forEach(p -> requirements.put(p.exerciseId(),
                    progression.requirementsOf(p.exerciseId())));
        }
        var refs = new ArrayList<ExerciseRef>(details.values().stream().map(ExerciseDetails::ref).toList());
        requirements.values().forEach(list -> list.forEach(r -> refs.add(r.required())));
        words.load(refs, texts.numerals());

        var items = current.prescriptions().stream().map(p -> {
            var exercise = details.get(p.exerciseId());
            var photo = exercise.hasPhoto() ? exercises.photo(exercise.id()).orElse(null) : null;
            String illustration = words.illustration(exercise);
            return new HandoutData.Item(words.of(exercise), words.untranslatedFrom(exercise.ref()), p.dose(),
                    p.restSeconds(), p.notes(), illustration, exercises.illustrationLabel(illustration, language),
                    photo);
        }).toList();
        List<HandoutData.Next> comesNext = next == null ? List.of() : next.prescriptions().stream()
                .map(p -> new HandoutData.Next(words.name(details.get(p.exerciseId()).ref()),
                        unlocks(requirements.get(p.exerciseId()), words)))
                .toList();
        var names = details.values().stream().collect(Collectors.toMap(ExerciseDetails::id, e -> words.name(e.ref())));
        var today = LocalDate.now(clock);
        var endedOn = ended ? new HandoutData.Ended(plan.status(), LocalDate.ofInstant(plan.updatedAt(),
                clock.getZone())) : null;
        boolean largePrint = request.largePrint() != null ? request.largePrint() : client.prefersLargePrint();
        return new HandoutData(branding, clinics.logo().orElse(null), client.fullName(), texts, largePrint,
                currentUser.require().displayName(), plan.title(), plan.goal(), version.number(), endedOn,
                current.name(), current.notes(), items, next == null ? null : next.name(), comesNext,
                TrackingSheet.of(List.of(current), names, today), today,
                null);
    }

    /** One unlock sentence per prerequisite: "When you can do part 1 comfortably ... we will add part 2." */
    private static List<HandoutData.Unlock> unlocks(List<PrerequisiteView> requirements, Wording words) {
        var byRequired = new LinkedHashMap<Long, HandoutData.Unlock>();
        for (var requirement : requirements) {
            byRequired.putIfAbsent(requirement.required().id(),
                    new HandoutData.Unlock(words.name(requirement.required()), requirement.criterion()));
        }
        return List.copyOf(byRequired.values());
    }

    /**
     * What the client reads of each exercise: in the handout's language where there is a translation (always, for
     * the built-in catalogue), else in the language it was written in, which the handout then names. The version's
     * kept instructions are what was prescribed in the clinic's language.
     */
    private final class Wording {

        private final Language language;
        private final Language clinicLanguage;
        private final PlanVersionView version;
        private Map<Long, ExerciseWording> translated = Map.of();

        Wording(Language language, Language clinicLanguage, PlanVersionView version) {
            this.language = language;
            this.clinicLanguage = clinicLanguage;
            this.version = version;
        }

        void load(List<ExerciseRef> refs, com.stepwise.base.i18n.Numerals numerals) {
            var needing = refs.stream().filter(ref -> written(ref) != language).distinct().toList();
            translated = needing.isEmpty() ? Map.of() : exercises.translations(needing, language);
            // The catalogue's own numbers ("8 to 10 breaths") follow the clinic's digits; typed texts stay as typed.
            var builtIn = needing.stream().filter(ExerciseRef::builtIn).map(ExerciseRef::id)
                    .collect(Collectors.toSet());
            translated = translated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> builtIn.contains(e.getKey()) ? inDigits(e.getValue(), numerals) : e.getValue()));
        }

        private static ExerciseWording inDigits(ExerciseWording wording, com.stepwise.base.i18n.Numerals numerals) {
            return new ExerciseWording(numerals.digits(wording.name()), numerals.digits(wording.purpose()),
                    wording.steps().stream().map(numerals::digits).toList(),
                    wording.cautions().stream().map(numerals::digits).toList());
        }

        /** The language an exercise's own words are in: English for the catalogue, the clinic's for its own. */
        private Language written(ExerciseRef ref) {
            return ref.builtIn() ? Language.ENGLISH : clinicLanguage;
        }

        ExerciseWording of(ExerciseDetails exercise) {
            var translation = translated.get(exercise.id());
            if (translation != null) {
                return translation;
            }
            PrescribedInstructions then = version.instructions().get(exercise.id());
            return then == null
                    ? new ExerciseWording(exercise.name(), exercise.purpose(), exercise.steps(), exercise.cautions())
                    : new ExerciseWording(then.name(), then.purpose(), then.steps(), then.cautions());
        }

        String name(ExerciseRef ref) {
            var translation = translated.get(ref.id());
            if (translation != null) {
                return translation.name();
            }
            PrescribedInstructions then = version.instructions().get(ref.id());
            return then == null ? ref.name() : then.name();
        }

        /** The language code the exercise is printed in when it has no translation, or null when it has. */
        String untranslatedFrom(ExerciseRef ref) {
            return written(ref) == language || translated.containsKey(ref.id()) ? null : written(ref).code();
        }

        String illustration(ExerciseDetails exercise) {
            PrescribedInstructions then = version.instructions().get(exercise.id());
            return then == null ? exercise.illustration() : then.illustration();
        }
    }
}
