package com.stepwise.progress;

import java.time.LocalDate;

/** One box of the tracking sheet: a session of an exercise on a day (session 2 is the evening of "twice a day"). */
public record SheetCell(long exerciseId, LocalDate date, int session) {
}
