package com.stepwise.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    @Query("select v from PlanVersion v where v.planId = :planId order by v.number desc")
    List<PlanVersion> findForPlan(long planId);

    @Query("select v from PlanVersion v where v.planId in :planIds order by v.planId, v.number desc")
    List<PlanVersion> findForPlans(java.util.Collection<Long> planIds);
}
