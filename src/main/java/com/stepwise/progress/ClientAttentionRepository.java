package com.stepwise.progress;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * The kept attention rows. The conditions below are the ones {@link ClientAttention#reasonsOn} names; a client is on
 * Today's list when any holds on the day.
 */
interface ClientAttentionRepository extends JpaRepository<ClientAttention, Long> {

    String NEEDS_ATTENTION = """
            (a.urgentFlags > 0 or a.otherFlags > 0 or a.reviewNote is not null or a.painUpUntil >= :day
             or (a.ready = true and (a.readyUntil is null or a.readyUntil >= :day)) or a.quietFrom <= :day)""";

    /**
     * The client's row, locked until the transaction ends: whoever keeps it computes from everything committed
     * before, so two changes to one client at the same moment cannot leave an older picture behind.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ClientAttention a where a.clientId = :clientId")
    Optional<ClientAttention> lock(long clientId);

    /** One page of Today: the most urgent reason first (the order of {@link Attention.Reason}), then by name. */
    @Query("select a from ClientAttention a where a.clinicId = :clinicId and " + NEEDS_ATTENTION + """
             order by case when a.urgentFlags > 0 then 0 when a.otherFlags > 0 then 1
                           when a.reviewNote is not null then 2 when a.painUpUntil >= :day then 3
                           when a.ready = true and (a.readyUntil is null or a.readyUntil >= :day) then 4
                           else 5 end,
                      a.clientName, a.clientId""")
    List<ClientAttention> findNeedingAttention(long clinicId, LocalDate day, Pageable page);

    @Query("select new com.stepwise.progress.AttentionCounts(count(a),"
            + " sum(case when a.urgentFlags > 0 then 1 else 0 end),"
            + " sum(case when a.otherFlags > 0 then 1 else 0 end),"
            + " sum(case when a.reviewNote is not null then 1 else 0 end),"
            + " sum(case when a.painUpUntil >= :day then 1 else 0 end),"
            + " sum(case when a.ready = true and (a.readyUntil is null or a.readyUntil >= :day) then 1 else 0 end),"
            + " sum(case when a.quietFrom <= :day then 1 else 0 end))"
            + " from ClientAttention a where a.clinicId = :clinicId and " + NEEDS_ATTENTION)
    AttentionCounts countNeedingAttention(long clinicId, LocalDate day);
}
