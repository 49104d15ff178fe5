package com.stepwise.exercise;

import com.stepwise.base.StoredImage;
import com.stepwise.base.UploadedImage;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The photo a clinic uploaded for one of its own exercises, stored in the database with the exercise. */
@Entity
@Table(name = "exercise_photo")
class ExercisePhoto {

    @Id
    @Column(name = "exercise_id")
    private Long exerciseId;

    @Embedded
    private StoredImage picture;

    protected ExercisePhoto() {
    }

    ExercisePhoto(long exerciseId, UploadedImage image, Instant uploadedAt) {
        this.exerciseId = exerciseId;
        replace(image, uploadedAt);
    }

    void replace(UploadedImage image, Instant uploadedAt) {
        this.picture = new StoredImage(image, uploadedAt);
    }

    UploadedImage image() {
        return picture.image();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExercisePhoto other && exerciseId != null && exerciseId.equals(other.exerciseId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(exerciseId);
    }
}
