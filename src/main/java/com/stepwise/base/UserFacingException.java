package com.stepwise.base;

/**
 * An expected refusal whose message is written for a clinician: what happened, why, and what to do.
 * Views show the message as it is; anything else reaching the error handler gets a generic, kind notice.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }
}
