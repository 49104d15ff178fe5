package com.stepwise.clientlink;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR code of a printed handout as a phone's camera would: from the page drawn as a picture. */
public final class PrintedQrCodes {

    private PrintedQrCodes() {
    }

    /**
     * What the first QR code found on the handout's pages says, read at a modest 150 dpi. A code found but not read
     * there is read again at 300 dpi: at 150 dpi a module is about three pixels, and anti-aliasing now and then
     * blurs one too many for the decoder (a phone's camera sees the printed page much more finely). A code that
     * cannot be read at 300 dpi either is a broken code.
     */
    public static Optional<String> read(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                try {
                    return Optional.of(decode(renderer, page, 150));
                } catch (NotFoundException none) {
                    // not on this page
                } catch (ReaderException blurred) {
                    try {
                        return Optional.of(decode(renderer, page, 300));
                    } catch (ReaderException unreadable) {
                        throw new AssertionError("A QR code on page " + (page + 1) + " cannot be read", unreadable);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(PDFRenderer renderer, int page, int dpi) throws IOException, ReaderException {
        var image = renderer.renderImageWithDPI(page, dpi, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(),
                pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
    }
}
