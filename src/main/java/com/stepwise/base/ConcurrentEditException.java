package com.stepwise.base;

/** Someone else saved the same record after it was opened here: never overwrite silently. */
public class ConcurrentEditException extends UserFacingException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else while you were editing. Your changes are still in the form: "
                + "copy anything you need, reload, and apply them again.");
    }
}
