package com.stepwise.exercise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One exercise of the library: built in (no clinic) or a clinic's own. Built-in exercises come from a Flyway
 * migration and are never changed by the app; a clinic copies one to make its own version.
 */
@Entity
@Table(name = "exercise")
class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Null for the built-in catalogue. A plain id, so the library needs nothing from the clinic feature. */
    @Column(name = "clinic_id")
    private Long clinicId;

    @Column(name = "code", nullable = false, length = 80)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "purpose", nullable = false, length = 500)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "starting_position", nullable = false, length = 20)
    private StartingPosition startingPosition;

    @Column(name = "position_detail", length = 200)
    private String positionDetail;

    @Column(name = "floor_required", nullable = false)
    private boolean floorRequired;

    @Embedded
    private Dose defaultDose;

    @Column(name = "illustration", nullable = false, length = 80)
    private String illustration;

    /** Whether the clinic uploaded a photo to show instead of the drawing (the bytes live in exercise_photo). */
    @Column(name = "has_photo", nullable = false)
    private boolean hasPhoto;

    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_caution", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> cautions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_target_area", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 30)
    private Set<TargetArea> targetAreas = EnumSet.noneOf(TargetArea.class);

    @ElementCollection
    @CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "equipment", nullable = false, length = 30)
    private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "easier_id")
    private Exercise easier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "harder_id")
    private Exercise harder;

    @Column(name = "copied_from_id")
    private Long copiedFromId;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Exercise() {
    }

    Exercise(long clinicId, String code, Instant now) {
        this.clinicId = clinicId;
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Applies a validated draft; the variation links are resolved by the service (they must be visible). */
    void apply(ExerciseDraft draft, Exercise easier, Exercise harder, Instant now) {
        this.name = draft.getName().strip();
        this.purpose = draft.getPurpose().strip();
        this.startingPosition = draft.getStartingPosition();
        this.positionDetail = blankToNull(draft.getPositionDetail());
        this.floorRequired = draft.isFloorRequired();
        this.defaultDose = draft.toDose();
        this.illustration = draft.getIllustration();
        this.steps.clear();
        this.steps.addAll(draft.stepList());
        this.cautions.clear();
        this.cautions.addAll(draft.cautionList());
        this.targetAreas.clear();
        this.targetAreas.addAll(draft.getTargetAreas());
        this.equipment.clear();
        this.equipment.addAll(draft.getEquipment());
        this.easier = easier;
        this.harder = harder;
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void archive(Instant now) {
        this.archived = true;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.archived = false;
        this.updatedAt = now;
    }

    void photoChanged(boolean present, Instant now) {
        this.hasPhoto = present;
        this.updatedAt = now;
    }

    void markCopiedFrom(Long sourceId) {
        this.copiedFromId = sourceId;
    }

    boolean isBuiltIn() {
        return clinicId == null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getClinicId() {
        return clinicId;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getPurpose() {
        return purpose;
    }

    StartingPosition getStartingPosition() {
        return startingPosition;
    }

    String getPositionDetail() {
        return positionDetail;
    }

    boolean isFloorRequired() {
        return floorRequired;
    }

    Dose getDefaultDose() {
        return defaultDose;
    }

    String getIllustration() {
        return illustration;
    }

    boolean hasPhoto() {
        return hasPhoto;
    }

    List<String> getSteps() {
        return steps;
    }

    List<String> getCautions() {
        return cautions;
    }

    Set<TargetArea> getTargetAreas() {
        return targetAreas;
    }

    Set<Equipment> getEquipment() {
        return equipment;
    }

    Exercise getEasier() {
        return easier;
    }

    Exercise getHarder() {
        return harder;
    }

    Long getCopiedFromId() {
        return copiedFromId;
    }

    boolean isArchived() {
        return archived;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Exercise other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
