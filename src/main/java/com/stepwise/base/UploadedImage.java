package com.stepwise.base;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * An uploaded picture that has been checked for real: PNG or JPEG by its content (not its name), small enough, with
 * bounded pixel dimensions read from the header before anything is decoded (so a small file that unpacks into a
 * gigantic image is refused), and then fully decoded to prove it is an image.
 */
public record UploadedImage(String contentType, byte[] data, int width, int height) {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_SIDE = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public UploadedImage {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Checks the bytes of an upload; refuses with a message a clinician understands. */
    public static UploadedImage check(byte[] data) {
        if (data == null || data.length == 0) {
            throw new UserFacingException("That file is empty. Choose a PNG or JPEG picture.");
        }
        if (data.length > MAX_BYTES) {
            throw new UserFacingException("That picture is %.1f MB; the limit is 2 MB. Save it smaller and try again."
                    .formatted(data.length / (1024.0 * 1024.0)));
        }
        String format = startsWith(data, PNG) ? "png" : startsWith(data, JPEG) ? "jpeg" : null;
        if (format == null) {
            throw new UserFacingException("Only PNG and JPEG pictures can be used. This file is neither, whatever "
                    + "its name says (SVG, PDF and other files are not accepted).");
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new UserFacingException("That picture is %d × %d pixels; at most %d × %d can be used. Make it "
                        .formatted(width, height, MAX_SIDE, MAX_SIDE) + "smaller and try again.");
            }
            if (reader.read(0) == null) {
                throw new IOException("no image");
            }
            return new UploadedImage("image/" + format, data, width, height);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("That file could not be read as a picture; it may be damaged. Try saving "
                    + "it again as PNG or JPEG.");
        } finally {
            reader.dispose();
        }
    }

    /**
     * The picture standing as the camera saw it: a JPEG whose Exif orientation flag says it is stored sideways or
     * upside down is turned and saved again (without its Exif data, which also drops a phone's location).
     */
    public UploadedImage upright() {
        if (!contentType.equals("image/jpeg")) {
            return this;
        }
        int orientation = ExifOrientation.of(data);
        if (orientation == 1) {
            return this;
        }
        return encode(ExifOrientation.upright(decode(), orientation));
    }

    /**
     * The picture made no larger than the given pixels (keeping its shape), so it is not stored or printed at more
     * than about 300 pixels per inch of the largest size it prints at; smaller pictures are kept as they are.
     */
    public UploadedImage fitWithin(int maxWidth, int maxHeight) {
        if (width <= maxWidth && height <= maxHeight) {
            return this;
        }
        double scale = Math.min((double) maxWidth / width, (double) maxHeight / height);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        var source = decode();
        boolean alpha = source.getColorModel().hasAlpha();
        var scaled = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return encode(scaled);
    }

    private BufferedImage decode() {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new IOException("no image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the picture in its own format: JPEG at a quality that looks the same in print, PNG as it is. */
    private UploadedImage encode(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            if (contentType.equals("image/png")) {
                ImageIO.write(image, "png", out);
            } else {
                var rgb = image;
                if (image.getColorModel().hasAlpha() || image.getType() != BufferedImage.TYPE_INT_RGB) {
                    rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    var graphics = rgb.createGraphics();
                    try {
                        graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
                    } finally {
                        graphics.dispose();
                    }
                }
                var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                var parameters = writer.getDefaultWriteParam();
                parameters.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(0.88f);
                try (var output = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(output);
                    writer.write(null, new javax.imageio.IIOImage(rgb, null, null), parameters);
                } finally {
                    writer.dispose();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UploadedImage(contentType, out.toByteArray(), image.getWidth(), image.getHeight());
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
