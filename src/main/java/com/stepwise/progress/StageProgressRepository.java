package com.stepwise.progress;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StageProgressRepository extends JpaRepository<StageProgress, Long> {

    @Query("select s from StageProgress s where s.planId = :planId and s.clinicId = :clinicId")
    Optional<StageProgress> findInClinic(long planId, long clinicId);
}
