package com.stepwise.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p where p.id = :id and p.clinicId = :clinicId")
    Optional<Plan> findInClinic(long id, long clinicId);

    @Query("select p from Plan p where p.clientId = :clientId and p.clinicId = :clinicId order by p.createdAt desc")
    List<Plan> findForClient(long clientId, long clinicId);

    @Query("""
            select new com.stepwise.plan.ActivePlan(p.id, p.clientId, v.activatedAt, p.reviewNote) from Plan p
            join PlanVersion v on v.planId = p.id and v.state = com.stepwise.plan.VersionState.ACTIVE
            where p.clientId = :clientId and p.clinicId = :clinicId
              and p.status = com.stepwise.plan.PlanStatus.ACTIVE""")
    Optional<ActivePlan> findActiveOf(long clientId, long clinicId);

    @Query("select p from Plan p where p.clinicId = :clinicId and p.status = com.stepwise.plan.PlanStatus.ACTIVE")
    List<Plan> findActivePlans(long clinicId);
}
