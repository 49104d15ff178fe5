package com.stepwise.clinic;

import com.stepwise.base.UploadedImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A clinic's logo, checked on upload and kept in the database with the clinic. */
@Entity
@Table(name = "clinic_logo")
class ClinicLogo {

    @Id
    @Column(name = "clinic_id")
    private Long clinicId;

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

    protected ClinicLogo() {
    }

    ClinicLogo(long clinicId, UploadedImage image, Instant now) {
        this.clinicId = clinicId;
        replace(image, now);
    }

    void replace(UploadedImage image, Instant now) {
        this.contentType = image.contentType();
        this.data = image.data();
        this.width = image.width();
        this.height = image.height();
        this.uploadedAt = now;
    }

    UploadedImage image() {
        return new UploadedImage(contentType, data, width, height);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClinicLogo other && clinicId != null && clinicId.equals(other.clinicId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(clinicId);
    }
}
