package com.stepwise.exercise;

import com.stepwise.base.UploadedImage;
import jakarta.persistence.Column;
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

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(name = "data", nullable = false)
    private byte[] data;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ExercisePhoto() {
    }

    ExercisePhoto(long exerciseId, UploadedImage image, Instant uploadedAt) {
        this.exerciseId = exerciseId;
        replace(image, uploadedAt);
    }

    void replace(UploadedImage image, Instant uploadedAt) {
        this.contentType = image.contentType();
        this.data = image.data();
        this.width = image.width();
        this.height = image.height();
        this.uploadedAt = uploadedAt;
    }

    UploadedImage image() {
        return new UploadedImage(contentType, data, width, height);
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
