package com.stepwise.exercise;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExerciseTranslationRepository extends JpaRepository<ExerciseTranslation, ExerciseTranslation.Key> {

    @Query("select t from ExerciseTranslation t where t.key.exerciseId in :ids and t.key.language = :language")
    List<ExerciseTranslation> findAllIn(Collection<Long> ids, String language);

    @Query("select t from ExerciseTranslation t where t.key.exerciseId = :exerciseId")
    List<ExerciseTranslation> findAllOf(long exerciseId);
}
