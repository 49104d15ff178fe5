package com.stepwise.exercise;

import com.stepwise.base.UploadedImage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a clinician fills in to create or edit one of the clinic's own exercises. The constraints carry the
 * messages a physio reads; the service validates every draft, whichever way it arrives.
 */
public class ExerciseDraft {

    @NotBlank(message = "Enter the exercise's name.")
    @Size(max = 120, message = "Keep the name under 120 characters.")
    private String name = "";

    @NotBlank(message = "Say in a sentence what the exercise is for.")
    @Size(max = 500, message = "Keep the purpose under 500 characters.")
    private String purpose = "";

    @NotNull(message = "Choose the position the client starts in.")
    private StartingPosition startingPosition;

    @Size(max = 200, message = "Keep the position detail under 200 characters.")
    private String positionDetail = "";

    private boolean floorRequired = true;

    @NotEmpty(message = "Choose at least one area the exercise works on.")
    private Set<TargetArea> targetAreas = EnumSet.noneOf(TargetArea.class);

    private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

    @NotBlank(message = "Write the steps the client follows, one per line.")
    @Lines(max = 12, message = "Keep to at most 12 steps of up to 500 characters each.")
    private String steps = "";

    @Lines(max = 8, message = "Keep to at most 8 cautions of up to 500 characters each.")
    private String cautions = "";

    @Min(value = 1, message = "Sets must be between 1 and 10.")
    @Max(value = 10, message = "Sets must be between 1 and 10.")
    private Integer sets;

    @Min(value = 1, message = "Repetitions must be between 1 and 50.")
    @Max(value = 50, message = "Repetitions must be between 1 and 50.")
    private Integer repetitions;

    @Min(value = 1, message = "A hold must be between 1 and 300.")
    @Max(value = 300, message = "A hold must be between 1 and 300.")
    private Integer hold;

    @Min(value = 1, message = "A hold must be between 1 and 300.")
    @Max(value = 300, message = "A hold must be between 1 and 300.")
    private Integer holdMax;

    private HoldUnit holdUnit = HoldUnit.SECONDS;

    @NotNull(message = "Choose which side the dose applies to.")
    private Sides sides = Sides.NONE;

    @Min(value = 1, message = "Times per day must be between 1 and 6.")
    @Max(value = 6, message = "Times per day must be between 1 and 6.")
    private Integer timesPerDay = 2;

    @Min(value = 1, message = "Days per week must be between 1 and 7.")
    @Max(value = 7, message = "Days per week must be between 1 and 7.")
    private Integer daysPerWeek = 7;

    @NotBlank(message = "Choose the drawing that shows the exercise.")
    private String illustration;

    /** A checked photo to show instead of the drawing; null keeps whatever the exercise has. */
    private UploadedImage newPhoto;

    /** True to go back to the drawing. */
    private boolean removePhoto;

    private ExerciseRef easier;

    private ExerciseRef harder;

    /** Splits one-per-line text into its non-blank lines. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    List<String> stepList() {
        return lines(steps);
    }

    List<String> cautionList() {
        return lines(cautions);
    }

    Dose toDose() {
        return new Dose(sets, repetitions, hold, holdMax, holdUnit, sides, timesPerDay, daysPerWeek);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public StartingPosition getStartingPosition() {
        return startingPosition;
    }

    public void setStartingPosition(StartingPosition startingPosition) {
        this.startingPosition = startingPosition;
    }

    public String getPositionDetail() {
        return positionDetail;
    }

    public void setPositionDetail(String positionDetail) {
        this.positionDetail = positionDetail;
    }

    public boolean isFloorRequired() {
        return floorRequired;
    }

    public void setFloorRequired(boolean floorRequired) {
        this.floorRequired = floorRequired;
    }

    public Set<TargetArea> getTargetAreas() {
        return targetAreas;
    }

    public void setTargetAreas(Set<TargetArea> targetAreas) {
        this.targetAreas = targetAreas == null ? EnumSet.noneOf(TargetArea.class) : targetAreas;
    }

    public Set<Equipment> getEquipment() {
        return equipment;
    }

    public void setEquipment(Set<Equipment> equipment) {
        this.equipment = equipment == null ? EnumSet.noneOf(Equipment.class) : equipment;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public String getCautions() {
        return cautions;
    }

    public void setCautions(String cautions) {
        this.cautions = cautions;
    }

    public Integer getSets() {
        return sets;
    }

    public void setSets(Integer sets) {
        this.sets = sets;
    }

    public Integer getRepetitions() {
        return repetitions;
    }

    public void setRepetitions(Integer repetitions) {
        this.repetitions = repetitions;
    }

    public Integer getHold() {
        return hold;
    }

    public void setHold(Integer hold) {
        this.hold = hold;
    }

    public Integer getHoldMax() {
        return holdMax;
    }

    public void setHoldMax(Integer holdMax) {
        this.holdMax = holdMax;
    }

    public HoldUnit getHoldUnit() {
        return holdUnit;
    }

    public void setHoldUnit(HoldUnit holdUnit) {
        this.holdUnit = holdUnit;
    }

    public Sides getSides() {
        return sides;
    }

    public void setSides(Sides sides) {
        this.sides = sides;
    }

    public Integer getTimesPerDay() {
        return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
        this.timesPerDay = timesPerDay;
    }

    public Integer getDaysPerWeek() {
        return daysPerWeek;
    }

    public void setDaysPerWeek(Integer daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    public String getIllustration() {
        return illustration;
    }

    public void setIllustration(String illustration) {
        this.illustration = illustration;
    }

    public UploadedImage getNewPhoto() {
        return newPhoto;
    }

    public void setNewPhoto(UploadedImage newPhoto) {
        this.newPhoto = newPhoto;
        if (newPhoto != null) {
            this.removePhoto = false;
        }
    }

    public boolean isRemovePhoto() {
        return removePhoto;
    }

    public void setRemovePhoto(boolean removePhoto) {
        this.removePhoto = removePhoto;
        if (removePhoto) {
            this.newPhoto = null;
        }
    }

    public ExerciseRef getEasier() {
        return easier;
    }

    public void setEasier(ExerciseRef easier) {
        this.easier = easier;
    }

    public ExerciseRef getHarder() {
        return harder;
    }

    public void setHarder(ExerciseRef harder) {
        this.harder = harder;
    }
}
