package com.stepwise.base.i18n;

/**
 * The digits numbers are printed with in a right-to-left handout: Arabic readers use either the Western digits
 * (0-9) or the Arabic-Indic ones (٠-٩), and a clinic chooses which. Other languages always use Western digits.
 */
public enum Numerals {
    WESTERN("Western digits: 0 1 2 3"),
    ARABIC_INDIC("Arabic-Indic digits: ٠ ١ ٢ ٣");

    private final String label;

    Numerals(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The text with its Western digits written in these numerals. */
    public String digits(String text) {
        if (this == WESTERN || text == null) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
