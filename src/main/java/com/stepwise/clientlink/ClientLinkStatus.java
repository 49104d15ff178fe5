package com.stepwise.clientlink;

import java.time.Instant;

/**
 * A link as the clinician sees it on the client page: the address to read out or print (null once it has ended), when
 * and by whom it was issued, and how it has been used.
 */
public record ClientLinkStatus(long id, long planId, String address, Instant issuedAt, String issuedBy,
                               Instant endedAt, String endedBy, Instant lastUsedAt, int reportDays) {

    public boolean live() {
        return endedAt == null;
    }
}
