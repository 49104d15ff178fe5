package com.stepwise.progress;

import java.time.LocalDate;
import java.util.Set;

/** The red-flag symptoms a client reported on one day. */
public record RedFlag(LocalDate date, Set<Symptom> symptoms) {

    public String inWords() {
        return symptoms.stream().sorted().map(Symptom::label).reduce((a, b) -> a + ", " + b.toLowerCase()).orElse("");
    }
}
