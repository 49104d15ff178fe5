package com.stepwise.plan;

import com.stepwise.base.UserFacingException;
import com.stepwise.exercise.Dose;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a plan (or a template) prescribes: stages in order, each with exercises in order. An immutable value; every
 * edit returns new content, so a change can be checked against the prerequisite rule before it is kept.
 */
public record PlanContent(List<StageContent> stages) {

    public static final int MAX_STAGES = 12;
    public static final int MAX_PER_STAGE = 15;

    public PlanContent {
        stages = List.copyOf(stages);
    }

    public static PlanContent empty() {
        return new PlanContent(List.of());
    }

    /** A plan with one empty stage, where a new plan starts. */
    public static PlanContent firstStage() {
        return empty().withStage("Stage 1");
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * The first exercise that stands twice in one stage, if any (content made before this was refused, or by a path
     * that builds content by hand). A stage prescribes each exercise once: the paper sheet has one row per exercise
     * and session, a day's log is one box per exercise, and readiness asks whether the exercise was done at its dose.
     */
    public Optional<Repeat> repeatedInAStage() {
        for (int i = 0; i < stages.size(); i++) {
            var seen = new java.util.HashSet<Long>();
            for (var prescription : stages.get(i).prescriptions()) {
                if (!seen.add(prescription.exerciseId())) {
                    return Optional.of(new Repeat(i, prescription.exerciseId()));
                }
            }
        }
        return Optional.empty();
    }

    /** An exercise prescribed twice in the stage at {@code stageIndex} (0 is the first). */
    public record Repeat(int stageIndex, long exerciseId) {
    }

    private static void refuseTwice(StageContent stage, long exerciseId) {
        if (stage.holds(exerciseId)) {
            throw new UserFacingException("That exercise is already in \"" + stage.name() + "\": change its dose "
                    + "there rather than prescribing it twice in one stage.");
        }
    }

    public Stream<PrescriptionContent> prescriptions() {
        return stages.stream().flatMap(stage -> stage.prescriptions().stream());
    }

    public int exerciseCount() {
        return (int) prescriptions().count();
    }

    public Optional<PrescriptionContent> prescription(String key) {
        return prescriptions().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The index of the stage holding the prescription. */
    public int stageOf(String prescriptionKey) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).prescriptions().stream().anyMatch(p -> p.key().equals(prescriptionKey))) {
                return i;
            }
        }
        throw new IllegalArgumentException("No prescription " + prescriptionKey);
    }

    public int indexOfStage(String stageKey) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).key().equals(stageKey)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No stage " + stageKey);
    }

    // --- edits -------------------------------------------------------------------------------------------------

    public PlanContent withStage(String name) {
        if (stages.size() >= MAX_STAGES) {
            throw new UserFacingException("A plan has at most " + MAX_STAGES + " stages.");
        }
        var list = new ArrayList<>(stages);
        list.add(new StageContent(newKey(), name, "", List.of()));
        return new PlanContent(list);
    }

    public PlanContent renameStage(String stageKey, String name, String notes) {
        return replaceStage(indexOfStage(stageKey), stage -> stage.renamed(name, notes));
    }

    /**
     * Copies a stage, with its exercises and doses, right after itself. Overrides are not copied: each was decided
     * for an exercise where it stood, so a copy that stands before its prerequisites asks again.
     */
    public PlanContent duplicateStage(String stageKey) {
        if (stages.size() >= MAX_STAGES) {
            throw new UserFacingException("A plan has at most " + MAX_STAGES + " stages.");
        }
        int index = indexOfStage(stageKey);
        var original = stages.get(index);
        var copy = new StageContent(newKey(), original.name() + " (copy)", original.notes(),
                original.prescriptions().stream().map(PrescriptionContent::copyWithNewKey).toList());
        var list = new ArrayList<>(stages);
        list.add(index + 1, copy);
        return new PlanContent(list);
    }

    public PlanContent removeStage(String stageKey) {
        var list = new ArrayList<>(stages);
        list.remove(indexOfStage(stageKey));
        return new PlanContent(list);
    }

    /** Moves a stage to a new position (0 is first). */
    public PlanContent moveStage(String stageKey, int toIndex) {
        var list = new ArrayList<>(stages);
        var stage = list.remove(indexOfStage(stageKey));
        list.add(clamp(toIndex, list.size()), stage);
        return new PlanContent(list);
    }

    /**
     * Adds an exercise at the end of a stage, starting from the dose given (usually the exercise's default), with the
     * overrides of the prerequisites it knowingly leaves unmet (none, usually).
     */
    public PlanContent withExercise(String stageKey, long exerciseId, Dose dose, PrerequisiteOverride... overrides) {
        int index = indexOfStage(stageKey);
        if (stages.get(index).prescriptions().size() >= MAX_PER_STAGE) {
            throw new UserFacingException("A stage holds at most " + MAX_PER_STAGE + " exercises. Start a new "
                    + "stage for more.");
        }
        refuseTwice(stages.get(index), exerciseId);
        var prescription = new PrescriptionContent(newKey(), exerciseId, dose, null, "", List.of());
        for (var override : overrides == null ? new PrerequisiteOverride[0] : overrides) {
            if (override != null) {
                prescription = prescription.withOverride(override);
            }
        }
        var added = prescription;
        return replaceStage(index, stage -> {
            var list = new ArrayList<>(stage.prescriptions());
            list.add(added);
            return stage.withPrescriptions(list);
        });
    }

    public PlanContent withoutPrescription(String prescriptionKey) {
        int index = stageOf(prescriptionKey);
        return replaceStage(index, stage -> stage.withPrescriptions(stage.prescriptions().stream()
                .filter(p -> !p.key().equals(prescriptionKey)).toList()));
    }

    /** Moves an exercise within its stage or to another one, to a position in the target stage (0 is first). */
    public PlanContent movePrescription(String prescriptionKey, String toStageKey, int toIndex) {
        var prescription = prescription(prescriptionKey)
                .orElseThrow(() -> new IllegalArgumentException("No prescription " + prescriptionKey));
        var without = withoutPrescription(prescriptionKey);
        int target = without.indexOfStage(toStageKey);
        if (without.stages.get(target).prescriptions().size() >= MAX_PER_STAGE) {
            throw new UserFacingException("A stage holds at most " + MAX_PER_STAGE + " exercises.");
        }
        refuseTwice(without.stages.get(target), prescription.exerciseId());
        return without.replaceStage(target, stage -> {
            var list = new ArrayList<>(stage.prescriptions());
            list.add(clamp(toIndex, list.size()), prescription);
            return stage.withPrescriptions(list);
        });
    }

    public PlanContent withDose(String prescriptionKey, Dose dose, Integer restSeconds) {
        return replacePrescription(prescriptionKey, p -> p.withDose(dose, restSeconds));
    }

    public PlanContent withNotes(String prescriptionKey, String notes) {
        return replacePrescription(prescriptionKey, p -> p.withNotes(notes));
    }

    /** Overrides one prerequisite of a prescription (the override names it), replacing an earlier override of it. */
    public PlanContent withOverride(String prescriptionKey, PrerequisiteOverride override) {
        return replacePrescription(prescriptionKey, p -> p.withOverride(override));
    }

    /** Withdraws every override of a prescription. */
    public PlanContent withoutOverrides(String prescriptionKey) {
        return replacePrescription(prescriptionKey, p -> p.withOverrides(List.of()));
    }

    /** The same content with no override anywhere (a template, which serves any client). */
    public PlanContent withoutAnyOverride() {
        var list = stages.stream().map(stage -> stage.withPrescriptions(stage.prescriptions().stream()
                .map(p -> p.withOverrides(List.of())).toList())).toList();
        return new PlanContent(list);
    }

    private PlanContent replacePrescription(String key, java.util.function.UnaryOperator<PrescriptionContent> change) {
        int index = stageOf(key);
        return replaceStage(index, stage -> stage.withPrescriptions(stage.prescriptions().stream()
                .map(p -> p.key().equals(key) ? change.apply(p) : p).toList()));
    }

    private PlanContent replaceStage(int index, java.util.function.UnaryOperator<StageContent> change) {
        var list = new ArrayList<>(stages);
        list.set(index, change.apply(list.get(index)));
        return new PlanContent(list);
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(index, size));
    }
}
