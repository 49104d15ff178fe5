package com.stepwise.base.i18n;

import java.util.Arrays;
import java.util.Locale;

/**
 * A language a client can read their handout in. The clinicians' screens stay in English; everything a client reads
 * (handout texts, doses, the built-in exercises) comes from the {@code i18n/client} and {@code i18n/exercises}
 * resource bundles of the language, which a translator edits without touching code.
 * <p>
 * Each language carries its plural rule (the CLDR cardinal categories it uses) so a count reads right: "1 day",
 * "2 days"; in Arabic one form for 1, one for 2, one for 3 to 10 and one for 11 to 99.
 */
public enum Language {
    ENGLISH("en", "English", false),
    SPANISH("es", "Español", false),
    ARABIC("ar", "العربية", true);

    /** The CLDR plural categories, used as the suffix of a key ({@code dose.days.few}). */
    public enum Plural { ZERO, ONE, TWO, FEW, MANY, OTHER }

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code, as stored and as the PDF's /Lang. */
    public String code() {
        return code;
    }

    /** The language's name in itself ("Español"), as a client recognises it. */
    public String nativeName() {
        return nativeName;
    }

    /** The language's name in English, for the clinicians' screens. */
    public String englishName() {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    }

    /** "Spanish (Español)" for a clinician's list; "English" where the two are the same. */
    public String label() {
        return englishName().equals(nativeName) ? nativeName : englishName() + " (" + nativeName + ")";
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The plural category of a whole number in this language (CLDR cardinal rules, whole numbers only). */
    public Plural plural(long n) {
        long abs = Math.abs(n);
        return switch (this) {
            case ENGLISH, SPANISH -> abs == 1 ? Plural.ONE : Plural.OTHER;
            case ARABIC -> {
                long mod100 = abs % 100;
                if (abs == 0) {
                    yield Plural.ZERO;
                } else if (abs == 1) {
                    yield Plural.ONE;
                } else if (abs == 2) {
                    yield Plural.TWO;
                } else if (mod100 >= 3 && mod100 <= 10) {
                    yield Plural.FEW;
                } else if (mod100 >= 11) {
                    yield Plural.MANY;
                }
                yield Plural.OTHER;
            }
        };
    }

    /** The language of a stored code; English for a code Stepwise does not (or no longer) offers. */
    public static Language of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(ENGLISH);
    }
}
