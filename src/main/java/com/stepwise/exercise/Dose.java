package com.stepwise.exercise;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/**
 * How much of an exercise, how often (FITT-VP's frequency, time and volume). Every part but the sides is optional:
 * a gentle mobility drill may have repetitions and no hold, a stretch a hold and no repetitions.
 */
@Embeddable
public record Dose(
        @Column(name = "dose_sets") Integer sets,
        @Column(name = "dose_repetitions") Integer repetitions,
        @Column(name = "dose_hold") Integer hold,
        @Column(name = "dose_hold_max") Integer holdMax,
        @Enumerated(EnumType.STRING) @Column(name = "dose_hold_unit", length = 10) HoldUnit holdUnit,
        @Enumerated(EnumType.STRING) @Column(name = "dose_sides", nullable = false, length = 20) Sides sides,
        @Column(name = "dose_times_per_day") Integer timesPerDay,
        @Column(name = "dose_days_per_week") Integer daysPerWeek) {

    public Dose {
        sides = sides == null ? Sides.NONE : sides;
        within(sets, 1, 10, "Sets must be between 1 and 10.");
        within(repetitions, 1, 50, "Repetitions must be between 1 and 50.");
        within(hold, 1, 300, "A hold must be between 1 and 300 seconds or breaths.");
        within(holdMax, 1, 300, "A hold must be between 1 and 300 seconds or breaths.");
        within(timesPerDay, 1, 6, "Times per day must be between 1 and 6.");
        within(daysPerWeek, 1, 7, "Days per week must be between 1 and 7.");
        if (holdMax != null && hold == null) {
            throw new UserFacingException("Enter the shortest hold as well as the longest, or only one hold.");
        }
        if (holdMax != null && holdMax < hold) {
            throw new UserFacingException("The longest hold cannot be shorter than the shortest hold.");
        }
        if (hold != null && holdUnit == null) {
            throw new UserFacingException("Say whether the hold is counted in seconds or in breaths.");
        }
        if (hold == null) {
            holdUnit = null;
        }
    }

    private static void within(Integer value, int min, int max, String message) {
        if (value != null && (value < min || value > max)) {
            throw new UserFacingException(message);
        }
    }

    /**
     * A rough time for one session of this exercise, for the builder's "about N minutes" summary: a slow breath
     * counts as 5 seconds, a repetition without a hold as 4, each side done separately counts twice, plus
     * 20 seconds to get into position.
     */
    public int estimatedSeconds(Integer restSeconds) {
        int perRepetition = hold == null ? 4 : (holdMax == null ? hold : holdMax) * (holdUnit == HoldUnit.BREATHS ? 5 : 1);
        int rounds = sets == null ? 1 : sets;
        int times = repetitions == null ? 1 : repetitions;
        int sidesFactor = sides == Sides.EACH_SIDE || sides == Sides.ALTERNATING ? 2 : 1;
        int rest = restSeconds == null ? 0 : restSeconds * (rounds - 1);
        return 20 + rounds * times * perRepetition * sidesFactor + rest;
    }

    /** The dose in plain English words, as the clinicians' screens show it. */
    public String inWords() {
        return inWords(ClientTexts.of(Language.ENGLISH, Numerals.WESTERN));
    }

    /**
     * The dose in plain words in a client's language, with counts in its grammar: "Hold for 8 to 10 slow breaths ·
     * each side · morning and evening".
     */
    public String inWords(ClientTexts texts) {
        List<String> parts = new ArrayList<>();
        if (hold != null) {
            String unit = holdUnit == HoldUnit.BREATHS ? "breaths" : "seconds";
            parts.add(holdMax != null && !holdMax.equals(hold)
                    ? texts.count("dose.holdRange." + unit, holdMax, "min", hold)
                    : texts.count("dose.hold." + unit, hold));
        }
        if (repetitions != null) {
            parts.add(texts.count("dose.times", repetitions));
        }
        if (sets != null && sets > 1) {
            parts.add(texts.count("dose.rounds", sets));
        }
        if (sides != Sides.NONE) {
            parts.add(texts.text("dose.sides." + sides.name()));
        }
        if (timesPerDay != null) {
            parts.add(timesPerDay == 2 ? texts.text("dose.morningAndEvening") : texts.count("dose.perDay", timesPerDay));
        }
        if (daysPerWeek != null && daysPerWeek < 7) {
            parts.add(texts.count("dose.daysPerWeek", daysPerWeek));
        }
        if (parts.isEmpty()) {
            return texts.text("dose.asShown");
        }
        String text = String.join(" · ", parts);
        return text.substring(0, 1).toUpperCase(texts.language().locale()) + text.substring(1);
    }
}
