package com.stepwise.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** A client's sheet between two dates as saved: each box, each session's note, the symptoms reported per day. */
public record SheetState(Map<SheetCell, CellValue> cells, Map<SheetCell, String> notes,
                         Map<LocalDate, Set<Symptom>> symptoms) {

    public SheetState {
        cells = Map.copyOf(cells);
        notes = Map.copyOf(notes);
        symptoms = Map.copyOf(symptoms);
    }

    public CellValue cell(SheetCell cell) {
        return cells.getOrDefault(cell, CellValue.EMPTY);
    }

    public Set<Symptom> symptomsOn(LocalDate day) {
        return symptoms.getOrDefault(day, Set.of());
    }
}
