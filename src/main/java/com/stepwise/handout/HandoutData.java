package com.stepwise.handout;

import com.stepwise.base.UploadedImage;
import com.stepwise.clinic.ClinicBranding;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.plan.PrescriptionContent;
import com.stepwise.progress.TrackingSheet;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one handout prints, gathered first so rendering is a pure function of it: the same data gives the
 * same handout, whenever it is printed (apart from the print date).
 */
public record HandoutData(ClinicBranding clinic, UploadedImage logo, String clientName, boolean largePrint,
                          String clinicianName, String planTitle, String planGoal, int versionNumber,
                          String stageName, List<Item> exercises, String nextStageName, List<Next> comesNext,
                          TrackingSheet sheet, LocalDate printDate) {

    /** One prescribed exercise with what the client reads about it; {@code photo} replaces the drawing if set. */
    public record Item(ExerciseDetails exercise, PrescriptionContent prescription, UploadedImage photo) {
    }

    /** An exercise of the next stage and, in plain words, what unlocks it. */
    public record Next(String exerciseName, List<String> unlockSentences) {
    }

    public HandoutData {
        exercises = List.copyOf(exercises);
        comesNext = List.copyOf(comesNext);
    }
}
