package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.time.LocalDate;

/**
 * One session of one exercise on one day: whether it was done, how many sets, how it felt and the pain during it.
 * An exercise dosed twice a day has sessions 1 and 2 on each day.
 */
public record LoggedExercise(LocalDate date, long exerciseId, int session, boolean done, Integer setsDone,
                             Integer pain, Feeling feeling) {

    /** The most sessions of one exercise in a day: the dose allows up to six times a day. */
    public static final int MAX_SESSIONS = 6;

    public LoggedExercise {
        if (session < 1 || session > MAX_SESSIONS) {
            throw new UserFacingException("A day has at most " + MAX_SESSIONS + " sessions of an exercise.");
        }
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new UserFacingException("Pain is rated from 0 (none) to 10 (the worst imaginable).");
        }
        if (setsDone != null && (setsDone < 0 || setsDone > 20)) {
            throw new UserFacingException("Sets done must be between 0 and 20.");
        }
    }
}
