package com.stepwise.handout;

import com.stepwise.base.UploadedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Pictures (the clinic's logo, an exercise's photo) made no larger than 300 pixels per inch at the size they print:
 * more only makes every handout heavier. Scaled copies are kept for the last pictures printed, keyed by their content,
 * so a logo is scaled once, not on every handout.
 */
final class PrintPictures {

    private static final float PIXELS_PER_POINT = 300f / 72f;
    private static final int KEPT = 64;

    private final Map<String, UploadedImage> scaled = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, UploadedImage> eldest) {
            return size() > KEPT;
        }
    };

    /** The picture at no more than 300 ppi within a box of this many points. */
    UploadedImage forBox(UploadedImage picture, float widthPoints, float heightPoints) {
        if (picture == null) {
            return null;
        }
        int maxWidth = Math.round(widthPoints * PIXELS_PER_POINT);
        int maxHeight = Math.round(heightPoints * PIXELS_PER_POINT);
        double fit = Math.min((double) maxWidth / picture.width(), (double) maxHeight / picture.height());
        if (fit >= 1) {
            return picture;
        }
        var data = picture.data();
        var crc = new CRC32();
        crc.update(data);
        String key = crc.getValue() + ":" + data.length + ":" + maxWidth + "x" + maxHeight;
        synchronized (scaled) {
            var known = scaled.get(key);
            if (known != null) {
                return known;
            }
        }
        var result = picture.fitWithin(maxWidth, maxHeight);
        synchronized (scaled) {
            scaled.put(key, result);
        }
        return result;
    }
}
