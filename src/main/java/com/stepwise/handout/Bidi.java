package com.stepwise.handout;

/**
 * Keeps typed text whole inside a sentence of the other direction: an English plan title in an Arabic sentence, an
 * Arabic name in an English one, a phone number anywhere. Text running against the handout's direction is embedded
 * in its own direction (LRE or RLE ... PDF), and a mark of the handout's direction closes it, so the punctuation and
 * numbers that follow stay with the sentence. Text without letters (a phone number) counts as left to right.
 */
final class Bidi {

    private static final char LRE = '\u202A';
    private static final char RLE = '\u202B';
    private static final char POP = '\u202C';
    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';

    private Bidi() {
    }

    static String isolated(String text, boolean rightToLeftHandout) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        boolean rightToLeft = firstStrongIsRightToLeft(text);
        char mark = rightToLeftHandout ? RLM : LRM;
        if (rightToLeft == rightToLeftHandout) {
            return text + mark;
        }
        return (rightToLeft ? RLE : LRE) + text + POP + mark;
    }

    private static boolean firstStrongIsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
