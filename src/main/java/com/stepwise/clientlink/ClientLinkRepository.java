package com.stepwise.clientlink;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientLinkRepository extends JpaRepository<ClientLink, Long> {

    Optional<ClientLink> findByTokenHash(String tokenHash);

    /** Normally one; two prints at the same moment could each have issued one, and both are live then. */
    @Query("select l from ClientLink l where l.clinicId = ?1 and l.planId = ?2 and l.endedAt is null "
            + "order by l.issuedAt desc, l.id desc")
    List<ClientLink> findLive(long clinicId, long planId);

    @Query("select l from ClientLink l where l.clinicId = ?1 and l.clientId = ?2 "
            + "order by l.issuedAt desc, l.id desc")
    List<ClientLink> findForClient(long clinicId, long clientId);
}
