package com.stepwise.handout;

import java.util.Optional;

/**
 * Where a client reports their sessions from a phone, printed on the handout of the plan they follow (the client link
 * feature provides it; the handout feature knows nothing more of it). Called after the handout's own reads, in a
 * transaction of its own, so a print never holds two database connections at once.
 */
public interface ReportLinks {

    /**
     * The address to print on a handout of the plan, issuing the client's link if it has none yet; empty if none can
     * be or the version printed is not the one the client follows.
     *
     * @param version the version printed; null for the one the plan would print by default
     */
    Optional<String> forHandout(long planId, Integer version);
}
