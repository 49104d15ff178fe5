package com.stepwise.progress;

import java.util.Objects;

/**
 * A box the clinician changed: what the page showed when it was opened ({@code before}) and what it holds now.
 * {@code note} replaces the session's note when not null.
 */
public record CellChange(SheetCell cell, CellValue before, CellValue after, String note) {

    public CellChange {
        Objects.requireNonNull(cell);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }
}
