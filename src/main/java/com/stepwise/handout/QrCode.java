package com.stepwise.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * A QR code drawn as vector squares (ZXing encodes, the PDF draws): sharp at any print size, a few hundred bytes.
 * Medium error correction, so a creased or smudged handout still scans; the quiet zone around it is left to the page.
 */
public final class QrCode {

    private final BitMatrix modules;

    /**
     * Whether a common decoder (ZXing's, as in many phones' scanning apps) reads the code of this text back from a
     * clean picture of it. A few codes in a hundred fail there, the decoder mistaking a pattern in the data for a
     * corner mark; whoever chooses the text (a random link) picks another.
     */
    public static boolean readable(String text) {
        var modules = new QrCode(text).modules;
        int n = modules.getWidth();
        int scale = 4;
        int quiet = 4;
        int side = (n + 2 * quiet) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < n && my < n && modules.get(mx, my);
                pixels[y * side + x] = dark ? 0 : 0xFFFFFF;
            }
        }
        var picture = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        try {
            return text.equals(new QRCodeReader().decode(picture, Map.of(DecodeHintType.TRY_HARDER, true)).getText());
        } catch (ReaderException unreadable) {
            return false;
        }
    }

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
