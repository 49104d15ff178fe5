package com.stepwise.exercise;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExercisePhotoRepository extends JpaRepository<ExercisePhoto, Long> {
}
