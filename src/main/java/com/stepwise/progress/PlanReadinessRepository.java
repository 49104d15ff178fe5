package com.stepwise.progress;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanReadinessRepository extends JpaRepository<PlanReadiness, Long> {

    /** Plans found ready to progress at an evaluation on or after the date. */
    @Query("""
            select r from PlanReadiness r
            where r.clinicId = :clinicId and r.ready = true and r.evaluatedOn >= :since""")
    List<PlanReadiness> findReadySince(long clinicId, LocalDate since);
}
