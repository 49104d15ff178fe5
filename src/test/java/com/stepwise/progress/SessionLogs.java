package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Logging a session in a test the way the "Record one session" dialog does: over what is recorded now. */
public final class SessionLogs {

    private SessionLogs() {
    }

    /** The whole of Today's list (a test clinic's fits on one page), as the grid shows it page by page. */
    public static List<Attention> today(ProgressService progress) {
        var list = progress.needingAttention(org.springframework.data.domain.PageRequest.of(0, 200));
        if (list.size() == 200) {
            throw new IllegalStateException("A test clinic needs more than a page of Today: page through it");
        }
        return list;
    }

    public static SaveOutcome log(ProgressService progress, long client, LocalDate day, long exercise,
                                  CellValue value, Symptom... symptoms) {
        return log(progress, client, day, exercise, 1, value, symptoms);
    }

    /** Both sessions of an exercise dosed morning and evening, alike. */
    public static void logMorningAndEvening(ProgressService progress, long client, LocalDate day, long exercise,
                                            CellValue value) {
        log(progress, client, day, exercise, 1, value);
        log(progress, client, day, exercise, 2, value);
    }

    public static SaveOutcome log(ProgressService progress, long client, LocalDate day, long exercise, int session,
                                  CellValue value, Symptom... symptoms) {
        var cell = new SheetCell(exercise, day, session);
        var before = progress.sheet(client, day, day).cell(cell);
        return progress.record(client, LogSource.SESSION, List.of(new CellChange(cell, before, value, null)),
                symptoms.length == 0 ? Map.of() : Map.of(day, Set.of(symptoms)), null);
    }

    public static CellValue comfortable(int pain) {
        return CellValue.done(null, Feeling.COMFORTABLE, pain);
    }

    public static CellValue painful(int pain) {
        return CellValue.done(null, Feeling.PAINFUL, pain);
    }
}
