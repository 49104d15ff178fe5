package com.stepwise.base.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Everything a client reads, in their language: the {@code i18n/client} bundle ({@code client.properties} is English,
 * {@code client_es.properties} Spanish and so on, plain UTF-8 text a translator edits). Placeholders are named
 * ({@code {client}}, {@code {n}}); a count picks its key by the language's plural rule ({@code dose.times.one},
 * {@code dose.times.other}) and falls back to {@code .other}. Numbers and dates come out in the chosen numerals.
 */
public final class ClientTexts {

    private static final String BUNDLE = "i18n/client";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final Numerals numerals;
    private final ResourceBundle bundle;

    private ClientTexts(Language language, Numerals numerals) {
        this.language = language;
        this.numerals = language.rightToLeft() ? numerals : Numerals.WESTERN;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ClientTexts.class.getClassLoader(),
                NO_FALLBACK);
    }

    public static ClientTexts of(Language language, Numerals numerals) {
        return new ClientTexts(language, numerals);
    }

    public Language language() {
        return language;
    }

    public Numerals numerals() {
        return numerals;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text of a key with its placeholders filled: {@code text("handout.for", "client", "Zoë")}. Numbers given as
     * values are written in this handout's numerals.
     */
    public String text(String key, Object... namesAndValues) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("No text \"" + key + "\" for " + language.englishName(), missing);
        }
        // The digits written in the text itself ("from 0 to 10") follow the numerals; typed values are left as typed.
        return fill(numerals.digits(pattern), namesAndValues);
    }

    /** A count: the key's plural form for {@code n}, with {@code {n}} and the other placeholders filled. */
    public String count(String key, long n, Object... namesAndValues) {
        String plural = key + "." + language.plural(n).name().toLowerCase(java.util.Locale.ROOT);
        var values = new Object[namesAndValues.length + 2];
        values[0] = "n";
        values[1] = n;
        System.arraycopy(namesAndValues, 0, values, 2, namesAndValues.length);
        return text(has(plural) ? plural : key + ".other", values);
    }

    public String number(long n) {
        return numerals.digits(Long.toString(n));
    }

    /** A date as this language writes it in full: "3 December 2026", "3 de diciembre de 2026". */
    public String date(LocalDate date) {
        return format(date, "date.pattern");
    }

    /** A date in the pattern the bundle gives under {@code patternKey} (a {@link DateTimeFormatter} pattern). */
    public String format(LocalDate date, String patternKey) {
        return numerals.digits(DateTimeFormatter.ofPattern(text(patternKey), language.locale()).format(date));
    }

    /** Fills each {@code {name}} in one pass, so a value that itself holds braces (a typed name) is left as it is. */
    private String fill(String pattern, Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Give each placeholder a name and a value");
        }
        var values = new java.util.HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            values.put(String.valueOf(namesAndValues[i]),
                    value instanceof Number number ? number(number.longValue()) : String.valueOf(value));
        }
        var text = new StringBuilder(pattern.length() + 32);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                text.append(pattern, at, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            text.append(pattern, at, open).append(values.getOrDefault(name, "{" + name + "}"));
            at = close + 1;
        }
        return text.toString();
    }
}
