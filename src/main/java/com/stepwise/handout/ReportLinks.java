package com.stepwise.handout;

import java.util.Optional;

/**
 * Where a client reports their sessions from a phone, printed on the handout of the plan they follow (the client link
 * feature provides it; the handout feature knows nothing more of it). Called inside the printing transaction.
 */
public interface ReportLinks {

    /** The address to print for the plan, issuing the client's link if it has none yet; empty if none can be. */
    Optional<String> forHandout(long planId);
}
