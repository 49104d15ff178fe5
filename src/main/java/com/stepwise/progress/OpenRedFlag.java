package com.stepwise.progress;

import java.time.LocalDate;

/** One open red flag as the Today list reads it. */
record OpenRedFlag(long clientId, Symptom symptom, LocalDate reportedOn) {
}
