package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What one box of the tracking sheet holds: whether the session was done and, if so, the sets, how it felt and the
 * pain during it. A pain written without a mark is kept too (the client may have tried and stopped).
 * <p>
 * On paper and in the transcription grid a box reads as the client writes it: a letter for how it felt (C
 * comfortable, D some discomfort, P painful) and the pain from 0 to 10, such as "C2" or "P 7"; empty when not done.
 */
public record CellValue(boolean done, Integer setsDone, Feeling feeling, Integer pain) {

    public static final CellValue EMPTY = new CellValue(false, null, null, null);

    private static final Pattern BOX = Pattern.compile("([cdp✓])?\\s*(10|[0-9])?");

    public CellValue {
        if (!done && (setsDone != null || feeling != null)) {
            throw new IllegalArgumentException("Sets and feeling belong to a session that was done");
        }
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new UserFacingException("Pain is rated from 0 (none) to 10 (the worst imaginable).");
        }
        if (setsDone != null && (setsDone < 0 || setsDone > 20)) {
            throw new UserFacingException("Sets done must be between 0 and 20.");
        }
    }

    public static CellValue done(Integer setsDone, Feeling feeling, Integer pain) {
        return new CellValue(true, setsDone, feeling, pain);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /**
     * Reads a box as typed from the paper ("c2", "D 5", "p", "4", ""). A mark means done, at the prescribed sets.
     *
     * @throws UserFacingException when the text is not a mark and a pain score
     */
    public static CellValue parse(String text, Integer prescribedSets) {
        var box = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var matcher = BOX.matcher(box);
        if (!matcher.matches()) {
            throw new UserFacingException("\"" + text.strip() + "\" is not a box of the sheet: write C, D or P for "
                    + "how it felt, then the pain from 0 to 10, such as C2.");
        }
        Integer pain = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        if (matcher.group(1) == null) {
            return new CellValue(false, null, null, pain);
        }
        var feeling = switch (matcher.group(1)) {
            case "c" -> Feeling.COMFORTABLE;
            case "d" -> Feeling.SOME_DISCOMFORT;
            case "p" -> Feeling.PAINFUL;
            default -> null;
        };
        return done(prescribedSets, feeling, pain);
    }

    /** The box as the client would have written it: "C2", "D", "4" or "". */
    public String boxText() {
        var mark = !done ? "" : feeling == null ? "✓" : String.valueOf(feeling.letter());
        return mark + (pain == null ? "" : pain.toString());
    }

    /** In words for a conflict notice: "done, comfortable, pain 2" or "not done". */
    public String inWords() {
        if (!done) {
            return pain == null ? "not done" : "not done, pain " + pain;
        }
        return "done" + (feeling == null ? "" : ", " + feeling.label().toLowerCase(Locale.ROOT))
                + (pain == null ? "" : ", pain " + pain) + (setsDone == null ? "" : ", " + setsDone + " sets");
    }
}
