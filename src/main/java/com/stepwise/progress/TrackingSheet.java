package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import com.stepwise.plan.StageContent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The layout of the two-week tracking sheet, shared by the printed handout and the transcription grid so that they
 * match row for row and day for day: for each exercise of the stages shown, one row per session of its daily dose
 * (morning and evening are two rows), fourteen days from the first day, then a row for warning signs.
 */
public record TrackingSheet(List<StageContent> stages, List<Row> rows, LocalDate firstDay) {

    public static final int DAYS = 14;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    /** One row: a session of an exercise on each day. */
    public record Row(StageContent stage, long exerciseId, String name, int session, int sessions,
                      Integer prescribedSets) {

        /** "Knee hugs" or "Knee hugs, evening". */
        public String label() {
            return sessions == 1 ? name : name + ", " + sessionName(session, sessions);
        }
    }

    public TrackingSheet {
        stages = List.copyOf(stages);
        rows = List.copyOf(rows);
    }

    /** The sheet for the given stages in plan order; an exercise standing in two of them gets its rows once. */
    public static TrackingSheet of(List<StageContent> stages, Map<Long, String> names, LocalDate firstDay) {
        var rows = new ArrayList<Row>();
        var seen = new HashSet<Long>();
        for (var stage : stages) {
            for (var prescription : stage.prescriptions()) {
                if (!seen.add(prescription.exerciseId())) {
                    continue;
                }
                var dose = prescription.dose();
                int sessions = dose.timesPerDay() == null ? 1 : dose.timesPerDay();
                for (int session = 1; session <= sessions; session++) {
                    rows.add(new Row(stage, prescription.exerciseId(),
                            names.getOrDefault(prescription.exerciseId(), "Exercise"), session, sessions,
                            dose.sets()));
                }
            }
        }
        return new TrackingSheet(stages, rows, firstDay);
    }

    /** "morning" and "evening" for twice a day, otherwise "1st session", "2nd session" and so on. */
    public static String sessionName(int session, int sessions) {
        if (sessions == 2) {
            return session == 1 ? "morning" : "evening";
        }
        return session + switch (session) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        } + " session";
    }

    public LocalDate day(int index) {
        return firstDay.plusDays(index);
    }

    public LocalDate lastDay() {
        return day(DAYS - 1);
    }

    /** "Sat 7", with the month on the first day and wherever a new month starts ("Sun 1 Nov"). */
    public String dayLabel(int index) {
        var date = day(index);
        return (index == 0 || date.getDayOfMonth() == 1 ? DAY_AND_MONTH : DAY).format(date);
    }

    public SheetCell cell(int row, int day) {
        var r = rows.get(row);
        return new SheetCell(r.exerciseId(), day(day), r.session());
    }

    public int rowOf(SheetCell cell) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).exerciseId() == cell.exerciseId() && rows.get(i).session() == cell.session()) {
                return i;
            }
        }
        throw new IllegalArgumentException("No row for " + cell);
    }

    public int dayOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(firstDay, date);
    }

    /** The warning signs of a day as the client writes them: their letters in order ("AD"). */
    public static String letters(Set<Symptom> symptoms) {
        return symptoms.stream().sorted().map(s -> String.valueOf(s.letter())).collect(Collectors.joining());
    }

    /** Reads the letters of warning signs ("a d", "AD", "D,A"); spaces and commas between them are fine. */
    public static Set<Symptom> parseLetters(String text) {
        var symptoms = EnumSet.noneOf(Symptom.class);
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (Character.isWhitespace(c) || c == ',') {
                continue;
            }
            try {
                symptoms.add(Symptom.ofLetter(c));
            } catch (IllegalArgumentException unknown) {
                throw new UserFacingException("\"" + c + "\" is not a warning sign: use the letters "
                        + Symptom.values()[0].letter() + " to " + Symptom.values()[Symptom.values().length - 1].letter()
                        + " from the stop-and-call box.");
            }
        }
        return symptoms;
    }
}
