package com.stepwise.progression;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PrerequisiteRepository extends JpaRepository<Prerequisite, Long> {

    @Query("select p from Prerequisite p where p.clinicId is null or p.clinicId = :clinicId")
    List<Prerequisite> findVisible(long clinicId);

    @Query("""
            select p from Prerequisite p
            where (p.clinicId is null or p.clinicId = :clinicId)
              and (p.dependentExerciseId = :exerciseId or p.requiredExerciseId = :exerciseId)""")
    List<Prerequisite> findVisibleTouching(long exerciseId, long clinicId);

    @Query("select p from Prerequisite p where p.id = :id and (p.clinicId is null or p.clinicId = :clinicId)")
    Optional<Prerequisite> findVisible(long id, long clinicId);
}
