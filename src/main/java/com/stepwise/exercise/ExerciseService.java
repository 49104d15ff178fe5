package com.stepwise.exercise;

import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.DraftValidator;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.UploadedImage;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.security.CurrentUser;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise library: the built-in catalogue plus the signed-in clinician's clinic's own exercises, never another
 * clinic's. Built-in exercises are read-only; a clinic copies one to make its own version.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExerciseService {

    /** The largest a photo prints (210 by 99 points in large print, on screen larger), at about 300 ppi. */
    static final int PHOTO_MAX_WIDTH = 1600;
    static final int PHOTO_MAX_HEIGHT = 1200;

    private final ExerciseRepository exercises;
    private final ExercisePhotoRepository photos;
    private final ExerciseTranslationRepository translations;
    private final ExerciseIllustrations illustrations;
    private final CurrentUser currentUser;
    private final DraftValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExerciseService(ExerciseRepository exercises, ExercisePhotoRepository photos,
                    ExerciseTranslationRepository translations, ExerciseIllustrations illustrations,
                    CurrentUser currentUser, DraftValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.translations = translations;
        this.events = events;
        this.exercises = exercises;
        this.photos = photos;
        this.illustrations = illustrations;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** One page of the library, filtered and sorted in the database. */
    public Page<ExerciseSummary> search(ExerciseFilter filter, Pageable pageable) {
        return exercises.findAll(ExerciseSpecifications.visibleTo(currentUser.clinicId(), filter), pageable)
                .map(ExerciseService::summary);
    }

    public ExerciseDetails get(long id) {
        return details(visible(id));
    }

    /** Full details of several visible exercises in one query (collections batch-fetched), in no set order. */
    public List<ExerciseDetails> details(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return exercises.findAllVisible(ids, currentUser.clinicId()).stream().map(ExerciseService::details).toList();
    }

    public Optional<ExerciseRef> findRef(long id) {
        return exercises.findVisibleRefs(List.of(id), currentUser.clinicId()).stream().findFirst();
    }

    /** The exercises of these ids that the clinic may see (unknown or foreign ids are left out). */
    public List<ExerciseRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long clinicId = currentUser.clinicId();
        java.util.Map<Long, ExerciseRef> known = ReadOnce.remember(List.of("exerciseRefs", clinicId),
                java.util.HashMap::new);
        var missing = ids.stream().filter(id -> !known.containsKey(id)).collect(java.util.stream.Collectors.toSet());
        if (!missing.isEmpty()) {
            exercises.findVisibleRefs(missing, clinicId).forEach(ref -> known.put(ref.id(), ref));
        }
        return ids.stream().distinct().map(known::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * What a client reads about these exercises in a language, where a translation exists: the built-in catalogue's
     * from its bundles, a clinic's own from what its clinicians entered. Not here: English built-ins and an own
     * exercise in the language it was written in, which are the exercise's own words.
     */
    public java.util.Map<Long, ExerciseWording> translations(Collection<ExerciseRef> exercises, Language language) {
        var found = new java.util.HashMap<Long, ExerciseWording>();
        var own = new java.util.ArrayList<Long>();
        for (var exercise : exercises) {
            if (exercise.builtIn()) {
                BuiltInWording.of(exercise.code(), language).ifPresent(w -> found.put(exercise.id(), w));
            } else {
                own.add(exercise.id());
            }
        }
        if (!own.isEmpty()) {
            translations.findAllIn(own, language.code()).forEach(t -> found.put(t.exerciseId(), t.wording()));
        }
        return found;
    }

    /** The short label of a drawing ("One knee hugged in") in a language, English where there is none. */
    public String illustrationLabel(String key, Language language) {
        return BuiltInWording.illustrationLabel(key, language)
                .orElseGet(() -> illustrations.label(key).orElse(key));
    }

    /** The translations of one of the clinic's own exercises, by language. */
    public java.util.Map<Language, ExerciseWording> translationsOf(long exerciseId) {
        var exercise = visible(exerciseId);
        var found = new java.util.EnumMap<Language, ExerciseWording>(Language.class);
        translations.findAllOf(exercise.getId()).forEach(t -> found.put(t.language(), t.wording()));
        return found;
    }

    /**
     * Saves the clinic's own exercise in another language, for handouts printed in it. The name and at least one
     * step are needed; steps and cautions are one per line.
     */
    @Transactional
    public void saveTranslation(long exerciseId, Language language, ExerciseWording wording) {
        var exercise = ownExercise(exerciseId, "Built-in exercises come translated already.");
        if (wording.name() == null || wording.name().isBlank()) {
            throw new UserFacingException("Enter the exercise's name in " + language.englishName() + ".");
        }
        if (wording.name().strip().length() > 120) {
            throw new UserFacingException("Keep the name under 120 characters.");
        }
        if (wording.purpose().strip().length() > 500) {
            throw new UserFacingException("Keep the purpose under 500 characters.");
        }
        var steps = lines(wording.steps());
        var cautions = lines(wording.cautions());
        if (steps.isEmpty()) {
            throw new UserFacingException("Enter at least one step in " + language.englishName() + ", one per line.");
        }
        if (steps.size() > 20 || cautions.size() > 10
                || java.util.stream.Stream.concat(steps.stream(), cautions.stream()).anyMatch(l -> l.length() > 500)) {
            throw new UserFacingException("Keep to 20 steps and 10 cautions, each under 500 characters.");
        }
        var translation = translations.findById(new ExerciseTranslation.Key(exercise.getId(), language.code()))
                .orElseGet(() -> new ExerciseTranslation(exercise.getId(), language));
        translation.apply(new ExerciseWording(nfc(wording.name().strip()), nfc(wording.purpose().strip()), steps,
                cautions), clock.instant());
        translations.save(translation);
    }

    @Transactional
    public void removeTranslation(long exerciseId, Language language) {
        var exercise = ownExercise(exerciseId, "Built-in exercises come translated already.");
        translations.findById(new ExerciseTranslation.Key(exercise.getId(), language.code()))
                .ifPresent(translations::delete);
    }

    private static List<String> lines(List<String> lines) {
        return lines.stream().flatMap(line -> java.util.Arrays.stream(line.split("\\R"))).map(String::strip)
                .filter(line -> !line.isEmpty()).map(ExerciseService::nfc).toList();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** For pickers: active exercises whose name contains the text, by name. */
    public List<ExerciseRef> findRefsByName(String text, int limit) {
        String pattern = "%" + ExerciseSpecifications.escapeLike(text == null ? "" : text.strip()
                .toLowerCase(Locale.ROOT)) + "%";
        return exercises.findVisibleRefsByName(pattern, currentUser.clinicId(), Limit.of(limit));
    }

    /** A draft to edit one of the clinic's own exercises. */
    public ExerciseDraft draftForEdit(long id) {
        var exercise = ownExercise(id, "Built-in exercises cannot be changed. Copy it to make your clinic's own "
                + "version.");
        return draftOf(exercise, false);
    }

    /** A draft of a new exercise that starts as a copy of any visible exercise (built in or the clinic's own). */
    public ExerciseDraft draftForCopy(long id) {
        var draft = draftOf(visible(id), true);
        draft.setName(shorten(draft.getName() + " (our version)", 120));
        return draft;
    }

    @Transactional
    public long create(ExerciseDraft draft, Long copiedFromId) {
        validate(draft);
        long clinicId = currentUser.clinicId();
        var exercise = new Exercise(clinicId, uniqueCode(draft.getName(), clinicId), clock.instant());
        exercise.apply(draft, variation(draft.getEasier()), variation(draft.getHarder()), clock.instant());
        if (copiedFromId != null) {
            exercise.markCopiedFrom(visible(copiedFromId).getId());
        }
        exercises.save(exercise);
        applyPhoto(exercise, draft);
        if (copiedFromId != null) {
            events.publishEvent(new ExerciseCopied(copiedFromId, exercise.getId()));
        }
        return exercise.getId();
    }

    /** The photo of an exercise the clinic may see, if it has one. */
    public Optional<UploadedImage> photo(long exerciseId) {
        var exercise = visible(exerciseId);
        return exercise.hasPhoto() ? photos.findById(exercise.getId()).map(ExercisePhoto::image) : Optional.empty();
    }

    /**
     * Saves an edit made to the version the clinician opened; if someone saved in between, refuses rather than
     * overwrite their work.
     */
    @Transactional
    public void update(long id, long openedVersion, ExerciseDraft draft) {
        validate(draft);
        var exercise = ownExercise(id, "Built-in exercises cannot be changed. Copy it to make your clinic's own "
                + "version.");
        if (exercise.getVersion() != openedVersion) {
            throw new ConcurrentEditException("This exercise");
        }
        if (draft.getEasier() != null && draft.getEasier().id() == id
                || draft.getHarder() != null && draft.getHarder().id() == id) {
            throw new UserFacingException("An exercise cannot be its own easier or harder variation.");
        }
        exercise.apply(draft, variation(draft.getEasier()), variation(draft.getHarder()), clock.instant());
        applyPhoto(exercise, draft);
        try {
            exercises.saveAndFlush(exercise);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException("This exercise");
        }
    }

    /** Archived exercises leave the library lists but stay readable wherever they were used. */
    @Transactional
    public void archive(long id) {
        ownExercise(id, "Built-in exercises cannot be archived.").archive(clock.instant());
    }

    @Transactional
    public void restore(long id) {
        ownExercise(id, "Built-in exercises cannot be archived or restored.").restore(clock.instant());
    }

    /** The photo travels with the draft; it is checked again here, whoever sends it. */
    private void applyPhoto(Exercise exercise, ExerciseDraft draft) {
        if (draft.getNewPhoto() != null) {
            var image = UploadedImage.check(draft.getNewPhoto().data()).upright()
                    .fitWithin(PHOTO_MAX_WIDTH, PHOTO_MAX_HEIGHT);
            photos.findById(exercise.getId()).ifPresentOrElse(
                    photo -> photo.replace(image, clock.instant()),
                    () -> photos.save(new ExercisePhoto(exercise.getId(), image, clock.instant())));
            exercise.photoChanged(true, clock.instant());
        } else if (draft.isRemovePhoto() && exercise.hasPhoto()) {
            photos.deleteById(exercise.getId());
            exercise.photoChanged(false, clock.instant());
        }
    }

    private Exercise visible(long id) {
        return exercises.findVisible(id, currentUser.clinicId()).orElseThrow(() -> new NotFoundException(
                "This exercise"));
    }

    private Exercise ownExercise(long id, String builtInRefusal) {
        var exercise = visible(id);
        if (exercise.isBuiltIn()) {
            throw new UserFacingException(builtInRefusal);
        }
        return exercise;
    }

    private Exercise variation(ExerciseRef ref) {
        return ref == null ? null : visible(ref.id());
    }

    private void validate(ExerciseDraft draft) {
        validator.validate(draft);
        if (!illustrations.exists(draft.getIllustration())) {
            throw new UserFacingException("Choose one of the drawings offered for the exercise.");
        }
        draft.toDose(); // checks that the parts of the dose fit together
    }

    /** A readable, stable code ("wall-slide", "wall-slide-2") unique within what the clinic can see. */
    private String uniqueCode(String name, long clinicId) {
        String base = slug(name);
        var taken = new HashSet<>(exercises.findVisibleCodes(clinicId));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = shorten(base, 74) + "-" + n;
        }
        return code;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "exercise" : shorten(slug, 80);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static ExerciseSummary summary(Exercise e) {
        return new ExerciseSummary(e.getId(), e.getCode(), e.getName(), e.getStartingPosition(), e.isFloorRequired(),
                e.getTargetAreas(), e.getEquipment(), e.getIllustration(), e.hasPhoto(), e.isBuiltIn(),
                e.isArchived());
    }

    private static ExerciseRef ref(Exercise e) {
        return e == null ? null : new ExerciseRef(e.getId(), e.getCode(), e.getName(), e.isBuiltIn(), e.isArchived(),
                e.isFloorRequired());
    }

    private static ExerciseDetails details(Exercise e) {
        return new ExerciseDetails(e.getId(), e.getVersion(), e.getCode(), e.getName(), e.getPurpose(),
                e.getStartingPosition(), e.getPositionDetail(), e.isFloorRequired(), e.getDefaultDose(), e.getSteps(),
                e.getCautions(), e.getTargetAreas(), e.getEquipment(), e.getIllustration(), e.hasPhoto(),
                ref(e.getEasier()), ref(e.getHarder()), e.isBuiltIn(), e.isArchived());
    }

    private static <E extends Enum<E>> EnumSet<E> copy(Collection<E> values, Class<E> type) {
        var copy = EnumSet.noneOf(type);
        copy.addAll(values);
        return copy;
    }

    /** A draft holding the exercise's values; a copy also carries its photo, an edit keeps the one it has. */
    private ExerciseDraft draftOf(Exercise e, boolean includePhoto) {
        var draft = new ExerciseDraft();
        if (includePhoto && e.hasPhoto()) {
            photos.findById(e.getId()).map(ExercisePhoto::image).ifPresent(draft::setNewPhoto);
        }
        draft.setName(e.getName());
        draft.setPurpose(e.getPurpose());
        draft.setStartingPosition(e.getStartingPosition());
        draft.setPositionDetail(e.getPositionDetail() == null ? "" : e.getPositionDetail());
        draft.setFloorRequired(e.isFloorRequired());
        draft.setTargetAreas(copy(e.getTargetAreas(), TargetArea.class));
        draft.setEquipment(copy(e.getEquipment(), Equipment.class));
        draft.setSteps(String.join("\n", e.getSteps()));
        draft.setCautions(String.join("\n", e.getCautions()));
        var dose = e.getDefaultDose();
        draft.setSets(dose.sets());
        draft.setRepetitions(dose.repetitions());
        draft.setHold(dose.hold());
        draft.setHoldMax(dose.holdMax());
        draft.setHoldUnit(dose.holdUnit() == null ? HoldUnit.SECONDS : dose.holdUnit());
        draft.setSides(dose.sides());
        draft.setTimesPerDay(dose.timesPerDay());
        draft.setDaysPerWeek(dose.daysPerWeek());
        draft.setIllustration(e.getIllustration());
        draft.setEasier(ref(e.getEasier()));
        draft.setHarder(ref(e.getHarder()));
        return draft;
    }
}
