package com.stepwise.plan;

/** A plan version is edited as a draft, frozen when activated, and superseded by the next activated version. */
public enum VersionState {
    DRAFT, ACTIVE, SUPERSEDED
}
