package com.stepwise.progress;

import java.time.LocalDate;

/** A client and one day that matters for them (the latest log, the latest red flag). */
record ClientDay(long clientId, LocalDate day) {
}
