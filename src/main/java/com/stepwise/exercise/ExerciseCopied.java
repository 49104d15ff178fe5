package com.stepwise.exercise;

/**
 * A clinic copied an exercise (built in or its own). Published in the copy's transaction, so that features built on
 * the library (the prerequisite graph) can give the copy what the original has.
 */
public record ExerciseCopied(long originalId, long copyId) {
}
