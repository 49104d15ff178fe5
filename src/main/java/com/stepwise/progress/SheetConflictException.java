package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.util.List;

/**
 * Someone else changed boxes this clinician changed too, since the page was opened. Nothing was saved: each
 * conflict carries both values so the clinician can choose.
 */
public class SheetConflictException extends UserFacingException {

    /** A box with the value saved in between and the value this clinician typed. */
    public record Conflict(SheetCell cell, CellValue saved, CellValue yours) {
    }

    private final transient List<Conflict> conflicts;

    public SheetConflictException(List<Conflict> conflicts) {
        super((conflicts.size() == 1 ? "One box was" : conflicts.size() + " boxes were") + " changed by someone else "
                + "since you opened this page, so nothing was saved. Each is marked with the value saved in between; "
                + "save again to keep yours, or type the saved value.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
