package com.stepwise.exercise;

import com.stepwise.base.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a clinic's exercise photos through the same service as everything else, so another clinic gets
 * "not found" exactly as it would on screen. Not cached by shared caches; revalidated on each view.
 */
@RestController
class ExercisePhotoController {

    private final ExerciseService exercises;

    ExercisePhotoController(ExerciseService exercises) {
        this.exercises = exercises;
    }

    @GetMapping("/exercise-photos/{exerciseId}")
    ResponseEntity<byte[]> photo(@PathVariable long exerciseId) {
        try {
            return exercises.photo(exerciseId)
                    .map(photo -> ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(photo.contentType()))
                            .cacheControl(CacheControl.noCache().cachePrivate())
                            .body(photo.data()))
                    .orElseGet(() -> ResponseEntity.notFound().build());
        } catch (NotFoundException notVisible) {
            return ResponseEntity.notFound().build();
        }
    }
}
