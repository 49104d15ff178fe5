package com.stepwise.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A QR code drawn as vector squares (ZXing encodes, the PDF draws): sharp at any print size, a few hundred bytes.
 * Medium error correction, so a creased or smudged handout still scans; the quiet zone around it is left to the page.
 */
final class QrCode {

    private final BitMatrix modules;

    QrCode(String text) {
        try {
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0,
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Too long for a QR code: " + text, e);
        }
    }

    /** How many modules a side. */
    int size() {
        return modules.getWidth();
    }

    /** Fills the dark modules, a run of them along a row as one rectangle, in a square of the given side. */
    void draw(PdfContentByte canvas, float side) {
        int n = size();
        float module = side / n;
        canvas.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && modules.get(x, y)) {
                    x++;
                }
                canvas.rectangle(start * module, side - (y + 1) * module, (x - start) * module, module);
            }
        }
        canvas.fill();
    }
}
