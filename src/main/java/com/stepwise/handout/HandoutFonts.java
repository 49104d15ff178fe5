package com.stepwise.handout;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The handout's type: a Noto font for each script a name or a translation may be written in, embedded as subsets of
 * the glyphs used, so every name prints as typed on any computer (fonts/README.md says which and what they cost).
 * <p>
 * Text is cut into runs by script, each in its script's font. Right-to-left text (Arabic, Hebrew) is ordered and
 * joined by OpenPDF's own bidi support (the text blocks carry a run direction); Devanagari and Thai, whose letters
 * combine and reorder, are shaped by OpenPDF's {@link GlyphLayoutManager} (Java's OpenType layout), which also writes
 * each shaped word's text as /ActualText so it can be read back and searched. The fonts are read once per
 * application, on the first handout.
 */
final class HandoutFonts {

    /**
     * The font families, one per script; CJK names pick the Japanese or the Chinese forms by their kana. Each CJK
     * font comes in two parts, the characters of the national standard sets and the rest, because a handout embeds
     * each font's whole glyph index (fonts/README.md): a name from the common part costs a third of the big font's.
     */
    enum Face {
        LATIN("NotoSans", true), ARABIC("NotoSansArabic", true), HEBREW("NotoSansHebrew", true),
        DEVANAGARI("NotoSansDevanagari", true), THAI("NotoSansThai", true),
        HANGUL("NotoSansKR-Hangul-Common", false), HANGUL_REST("NotoSansKR-Hangul-Rest", false),
        JAPANESE("NotoSansJP-Common", false), JAPANESE_REST("NotoSansJP-Rest", false),
        CHINESE("NotoSansSC-Common", false), CHINESE_REST("NotoSansSC-Rest", false);

        private final String file;
        private final boolean hasBold;

        Face(String file, boolean hasBold) {
            this.file = file;
            this.hasBold = hasBold;
        }
    }

    /** Faces whose runs need Java's OpenType shaping (conjuncts, reordered vowels, stacked marks). */
    private static final Set<Face> SHAPED = EnumSet.of(Face.DEVANAGARI, Face.THAI);
    /** Faces in which spaces and punctuation stay, so a run of the script is never cut inside a phrase. */
    private static final Set<Face> COMPLEX = EnumSet.of(Face.ARABIC, Face.HEBREW, Face.DEVANAGARI, Face.THAI);
    /** The part of each CJK font with the characters its common part does not have. */
    private static final Map<Face, Face> REST = new EnumMap<>(Map.of(
            Face.HANGUL, Face.HANGUL_REST, Face.JAPANESE, Face.JAPANESE_REST, Face.CHINESE, Face.CHINESE_REST));

    private static volatile HandoutFonts loaded;

    private final Map<Face, BaseFont> regular = new EnumMap<>(Face.class);
    private final Map<Face, BaseFont> bold = new EnumMap<>(Face.class);
    private final Shaping shaping;

    private HandoutFonts() {
        var manager = new GlyphLayoutFontManager();
        shaping = new Shaping(manager);
        // The text reaching the shaper is already in visual order (OpenPDF's bidi ran first), so it is laid out as is.
        var visualOrder = new GlyphLayoutFontManager.FontOptions().setRunDirectionLtr();
        for (var face : Face.values()) {
            regular.put(face, load(face, "Regular", manager, visualOrder));
            bold.put(face, face.hasBold ? load(face, "Bold", manager, visualOrder) : regular.get(face));
        }
    }

    /** The fonts, read on first use and then shared: they are never changed after loading. */
    static HandoutFonts get() {
        var fonts = loaded;
        if (fonts == null) {
            synchronized (HandoutFonts.class) {
                if (loaded == null) {
                    loaded = new HandoutFonts();
                }
                fonts = loaded;
            }
        }
        return fonts;
    }

    private BaseFont load(Face face, String weight, GlyphLayoutFontManager manager,
                          GlyphLayoutFontManager.FontOptions visualOrder) {
        String file = face.file + "-" + weight + ".ttf";
        try (InputStream in = HandoutFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + file);
            }
            BaseFont font;
            if (SHAPED.contains(face)) {
                font = manager.loadFont(file, in, 12, visualOrder).getBaseFont();
                shaping.shaped.add(font);
            } else {
                font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            }
            // A CIDSet must list every glyph of the embedded program, which a subset's does not (PDF/UA-1 7.21.4.2);
            // it is optional, so it is left out.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("Font could not be read: " + file, e);
        }
    }

    /** OpenPDF's layout manager, for a document: shapes only the faces that need it; the rest print as they are. */
    GlyphLayoutManager layout() {
        return shaping;
    }

    BaseFont font(Face face, boolean strong) {
        return (strong ? bold : regular).get(face);
    }

    /** Text in the fonts of its scripts, normalised to composed form (so a typed "e" + accent prints as "é"). */
    Phrase phrase(String text, float size, boolean strong, Color colour) {
        var phrase = new Phrase();
        if (text == null || text.isEmpty()) {
            phrase.add(new Chunk(" ", new Font(font(Face.LATIN, strong), size, Font.NORMAL, colour)));
            return phrase;
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (latinOnly(composed)) {
            phrase.add(new Chunk(composed, new Font(font(Face.LATIN, strong), size, Font.NORMAL, colour)));
            return phrase;
        }
        boolean japanese = hasKana(composed);
        Face current = null;
        var run = new StringBuilder();
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            Face face = faceFor(cp, current, japanese, strong);
            if (face != current && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), new Font(font(current, strong), size, Font.NORMAL, colour)));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        phrase.add(new Chunk(run.toString(), new Font(font(current, strong), size, Font.NORMAL, colour)));
        return phrase;
    }

    /** Text in the Latin letters Noto Sans has (most of what English and Spanish handouts print): one run. */
    private static boolean latinOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0250 && c != '\u00B7' && (c < 0x2010 || c > 0x2027)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has hiragana or katakana (full or half width): a CJK name with kana is Japanese. */
    private static boolean hasKana(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3040 && c <= 0x30FF || c >= 0x31F0 && c <= 0x31FF || c >= 0xFF66 && c <= 0xFF9F) {
                return true;
            }
        }
        return false;
    }

    /** The width of a single-script text (labels, page numbers) at a size. */
    float width(String text, float size, boolean strong) {
        float width = 0;
        for (var element : phrase(text, size, strong, Color.BLACK).getChunks()) {
            if (element instanceof Chunk chunk) {
                width += chunk.getFont().getBaseFont().getWidthPoint(chunk.getContent(), size);
            }
        }
        return width;
    }

    private Face faceFor(int cp, Face current, boolean japanese, boolean strong) {
        var script = Character.UnicodeScript.of(cp);
        Face byScript = switch (script) {
            case ARABIC -> Face.ARABIC;
            case HEBREW -> Face.HEBREW;
            case DEVANAGARI -> Face.DEVANAGARI;
            case THAI -> Face.THAI;
            case HANGUL -> Face.HANGUL;
            case HIRAGANA, KATAKANA -> Face.JAPANESE;
            case HAN -> japanese ? Face.JAPANESE : Face.CHINESE;
            default -> null;
        };
        if (byScript != null) {
            return REST.containsKey(byScript) && !has(byScript, cp, strong) ? REST.get(byScript) : byScript;
        }
        boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        if (neutral && current != null && COMPLEX.contains(current) && has(current, cp, strong)) {
            return current;
        }
        if (has(Face.LATIN, cp, strong)) {
            return Face.LATIN;
        }
        if (current != null && has(current, cp, strong)) {
            return current;
        }
        for (var face : Face.values()) {
            if (has(face, cp, strong)) {
                return face;
            }
        }
        return Face.LATIN;
    }

    private boolean has(Face face, int cp, boolean strong) {
        return font(face, strong).charExists(cp);
    }

    /** OpenPDF's glyph layout, asked only for the faces that need shaping. */
    private static final class Shaping extends GlyphLayoutManager {

        private final Set<BaseFont> shaped = new java.util.HashSet<>();

        Shaping(GlyphLayoutFontManager manager) {
            super(manager);
            setWriteActualText(true);
        }

        @Override
        public boolean supportsFont(BaseFont baseFont) {
            return shaped.contains(baseFont);
        }
    }
}
