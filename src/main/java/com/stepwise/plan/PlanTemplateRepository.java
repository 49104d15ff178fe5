package com.stepwise.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanTemplateRepository extends JpaRepository<PlanTemplate, Long> {

    @Query("select t from PlanTemplate t where t.clinicId = :clinicId and t.archived = false order by t.name")
    List<PlanTemplate> findActive(long clinicId);

    @Query("select t from PlanTemplate t where t.id = :id and t.clinicId = :clinicId")
    Optional<PlanTemplate> findInClinic(long id, long clinicId);
}
