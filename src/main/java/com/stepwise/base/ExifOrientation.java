package com.stepwise.base;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The orientation flag a camera writes into a JPEG's Exif data (1 to 8): a phone held upright stores the picture
 * sideways and says so here. Read from the bytes directly, so nothing beyond the JDK is needed.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation of a JPEG (1, upright, when it has none or is not a JPEG). */
    static int of(byte[] jpeg) {
        try {
            int at = 2; // after the SOI marker
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1; // image data begins: no Exif before it
                }
                if (marker == 0xE1 && length >= 8 && startsWithExif(jpeg, at + 4)) {
                    return fromTiff(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (IndexOutOfBoundsException damaged) {
            // a damaged header says nothing reliable about orientation
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] data, int at) {
        return data[at] == 'E' && data[at + 1] == 'x' && data[at + 2] == 'i' && data[at + 3] == 'f'
                && data[at + 4] == 0 && data[at + 5] == 0;
    }

    private static int fromTiff(byte[] data, int tiff, int end) {
        boolean little = data[tiff] == 'I';
        int ifd = tiff + read(data, tiff + 4, 4, little);
        int entries = read(data, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (read(data, entry, 2, little) == 0x0112) {
                int value = read(data, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int read(byte[] data, int at, int bytes, boolean little) {
        int value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = data[at + (little ? bytes - 1 - i : i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }

    /** The picture turned (and, for the mirrored flags, flipped) so that it stands as the camera saw it. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        var transform = new AffineTransform();
        switch (orientation) {
            case 2 -> transform.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> transform.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> transform.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> transform.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> transform.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> transform.setTransform(0, -1, -1, 0, h, w);
            case 8 -> transform.setTransform(0, -1, 1, 0, 0, w);
            default -> {
            }
        }
        var turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType() == 0
                ? BufferedImage.TYPE_INT_RGB : image.getType());
        var graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }
}
