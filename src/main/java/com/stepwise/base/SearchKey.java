package com.stepwise.base;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds a name for searching: lower case, accents and other marks removed, and the letters that do not decompose
 * (ł, ø, æ, ß, đ) spelled out, so "zoe ang" finds "Zoë Ångström" and "lukasz" finds "Łukasz".
 */
public final class SearchKey {

    /**
     * The stored key's column width. Folding can lengthen a name (ß becomes ss; a Hangul syllable decomposes into two
     * or three letters), so a key is cut to this length: a prefix search only ever needs its start.
     */
    public static final int LENGTH = 80;

    private SearchKey() {
    }

    /** The key as stored beside a name: folded, and at most {@link #LENGTH} characters. */
    public static String stored(String text) {
        return cut(of(text));
    }

    private static String cut(String key) {
        if (key.length() <= LENGTH) {
            return key;
        }
        int end = Character.isHighSurrogate(key.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
        return key.substring(0, end);
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ß", "ss").replace("đ", "d").replace("ð", "d").replace("þ", "th");
    }

    /** The folded words of a search box, ignoring commas ("Ångström, Zoë" gives "angstrom", "zoe"). */
    public static List<String> words(String text) {
        String folded = of(text).replace(",", " ").strip();
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split("\\s+")).map(SearchKey::cut).toList();
    }

    /** Escapes the LIKE wildcards in a word, with backslash as the escape character. */
    public static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
