package com.stepwise.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A checked picture as stored in a row of its own (an exercise photo, a clinic logo): only ever made from an
 * {@link UploadedImage}, so nothing unchecked reaches the database.
 */
@Embeddable
public class StoredImage {

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

    protected StoredImage() {
    }

    public StoredImage(UploadedImage image, Instant uploadedAt) {
        this.contentType = image.contentType();
        this.data = image.data();
        this.width = image.width();
        this.height = image.height();
        this.uploadedAt = uploadedAt;
    }

    public UploadedImage image() {
        return new UploadedImage(contentType, data, width, height);
    }
}
