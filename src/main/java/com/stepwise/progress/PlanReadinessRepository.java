package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanReadinessRepository extends JpaRepository<PlanReadiness, Long> {

    /**
     * What Today needs in one read: plans ready to progress on the day (found ready, by evidence that has not yet
     * left its window) and plans whose client stands on a stage resting on something that no longer holds.
     */
    @Query("""
            select r from PlanReadiness r
            where r.clinicId = :clinicId
              and ((r.ready = true and (r.readyUntil is null or r.readyUntil >= :day)) or r.reviewNote is not null)""")
    List<PlanReadiness> findForToday(long clinicId, LocalDate day);
}
