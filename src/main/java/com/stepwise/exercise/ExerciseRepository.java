package com.stepwise.exercise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ExerciseRepository extends JpaRepository<Exercise, Long>, JpaSpecificationExecutor<Exercise> {

    /** The exercise if the clinic may see it: built in, or its own. */
    @Query("select e from Exercise e where e.id = :id and (e.clinicId is null or e.clinicId = :clinicId)")
    Optional<Exercise> findVisible(long id, long clinicId);

    @Query("select e from Exercise e where e.id in :ids and (e.clinicId is null or e.clinicId = :clinicId)")
    List<Exercise> findAllVisible(Collection<Long> ids, long clinicId);

    @Query("""
            select new com.stepwise.exercise.ExerciseRef(e.id, e.code, e.name, e.clinicId is null, e.archived,
                e.floorRequired)
            from Exercise e where e.id in :ids and (e.clinicId is null or e.clinicId = :clinicId)""")
    List<ExerciseRef> findVisibleRefs(Collection<Long> ids, long clinicId);

    @Query("""
            select new com.stepwise.exercise.ExerciseRef(e.id, e.code, e.name, e.clinicId is null, e.archived,
                e.floorRequired)
            from Exercise e
            where (e.clinicId is null or e.clinicId = :clinicId) and e.archived = false
              and lower(e.name) like :pattern escape '\\'
            order by e.name""")
    List<ExerciseRef> findVisibleRefsByName(String pattern, long clinicId,
                                            org.springframework.data.domain.Limit limit);

    @Query("select e.code from Exercise e where e.clinicId is null or e.clinicId = :clinicId")
    List<String> findVisibleCodes(long clinicId);
}
