package com.stepwise.clinic;

import com.stepwise.base.StoredImage;
import com.stepwise.base.UploadedImage;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private StoredImage picture;

    protected ClinicLogo() {
    }

    ClinicLogo(long clinicId, UploadedImage image, Instant now) {
        this.clinicId = clinicId;
        replace(image, now);
    }

    void replace(UploadedImage image, Instant now) {
        this.picture = new StoredImage(image, now);
    }

    UploadedImage image() {
        return picture.image();
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
