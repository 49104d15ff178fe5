package com.stepwise.handout;

import com.stepwise.base.UploadedImage;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.clinic.ClinicBranding;
import com.stepwise.exercise.Dose;
import com.stepwise.exercise.ExerciseWording;
import com.stepwise.plan.PlanStatus;
import com.stepwise.progress.TrackingSheet;
import com.stepwise.progression.Criterion;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one handout prints, gathered first so rendering is a pure function of it: the same data gives the
 * same handout, whenever it is printed (apart from the print date). Texts the client reads are already in the
 * handout's language ({@code texts}); typed names are as typed. {@code reportLink}, when not null, is the address at
 * which the client reports their sessions from a phone.
 */
public record HandoutData(ClinicBranding clinic, UploadedImage logo, String clientName, ClientTexts texts,
                          boolean largePrint, String clinicianName, String planTitle, String planGoal,
                          int versionNumber, Ended ended, String stageName, String stageNotes, List<Item> exercises,
                          String nextStageName, List<Next> comesNext, TrackingSheet sheet, LocalDate printDate,
                          String reportLink) {

    /**
     * One prescribed exercise as the client reads it: its wording in the handout's language (or, where the clinic has
     * no translation, in the clinic's language, named in {@code untranslatedFrom}), the dose and notes prescribed, the
     * drawing with its short label, or the clinic's photo if it has one.
     */
    public record Item(ExerciseWording wording, String untranslatedFrom, Dose dose, Integer restSeconds, String notes,
                       String illustration, String illustrationLabel, UploadedImage photo) {
    }

    /** An exercise of the next stage and what unlocks it; no unlocks means "at your next visit". */
    public record Next(String exerciseName, List<Unlock> unlocks) {

        public Next {
            unlocks = List.copyOf(unlocks);
        }
    }

    /** "When you can do {required} comfortably ... on {sessions} days within {window days}". */
    public record Unlock(String requiredName, Criterion criterion) {
    }

    /** A plan no longer followed, printed on purpose for the record: how it ended and when. */
    public record Ended(PlanStatus status, LocalDate on) {
    }

    public HandoutData {
        exercises = List.copyOf(exercises);
        comesNext = List.copyOf(comesNext);
        stageNotes = stageNotes == null ? "" : stageNotes;
    }

    /** The same handout with the client's own link printed on it. */
    public HandoutData withReportLink(String link) {
        return new HandoutData(clinic, logo, clientName, texts, largePrint, clinicianName, planTitle, planGoal,
                versionNumber, ended, stageName, stageNotes, exercises, nextStageName, comesNext, sheet, printDate,
                link);
    }
}
