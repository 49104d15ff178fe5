package com.stepwise.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A client's sheet between two dates as saved: each box, each session's note, the symptoms reported per day, and
 * which boxes the client last wrote themselves, from their own link.
 */
public record SheetState(Map<SheetCell, CellValue> cells, Map<SheetCell, String> notes,
                         Map<LocalDate, Set<Symptom>> symptoms, Set<SheetCell> fromClient) {

    public SheetState {
        cells = Map.copyOf(cells);
        notes = Map.copyOf(notes);
        symptoms = Map.copyOf(symptoms);
        fromClient = Set.copyOf(fromClient);
    }

    public CellValue cell(SheetCell cell) {
        return cells.getOrDefault(cell, CellValue.EMPTY);
    }

    public Set<Symptom> symptomsOn(LocalDate day) {
        return symptoms.getOrDefault(day, Set.of());
    }
}
