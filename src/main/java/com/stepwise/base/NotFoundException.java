package com.stepwise.base;

/** A record that does not exist, or that belongs to another clinic (the two are indistinguishable on purpose). */
public class NotFoundException extends UserFacingException {

    public NotFoundException(String what) {
        super(what + " could not be found. It may have been archived, or it belongs to another clinic.");
    }
}
