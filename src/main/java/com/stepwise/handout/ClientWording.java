package com.stepwise.handout;

import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.progress.TrackingSheet;
import java.util.function.UnaryOperator;

/**
 * The sentences a client reads that are built from several texts, the same on the printed handout and on the client's
 * own page. {@code typed} marks what a clinician typed (a name) for the medium: the handout isolates it from the
 * sentence's direction itself, a web page leaves that to the browser.
 */
public final class ClientWording {

    private ClientWording() {
    }

    /** "10 times, twice a day · rest 30 seconds between rounds". */
    public static String dose(ClientTexts t, HandoutData.Item item) {
        return item.dose().inWords(t) + (item.restSeconds() == null ? "" : " · " + t.count("dose.rest",
                item.restSeconds()));
    }

    /** "When you can do part 1 comfortably, with pain no higher than 3 out of 10, on 5 days within a week, ...". */
    public static String unlock(ClientTexts t, HandoutData.Unlock unlock, String exerciseName,
                                UnaryOperator<String> typed) {
        var criterion = unlock.criterion();
        String window = t.has("next.window." + criterion.windowDays())
                ? t.text("next.window." + criterion.windowDays())
                : t.count("next.windowDays", criterion.windowDays());
        return t.text("next.unlock", "required", typed.apply(unlock.requiredName()), "pain", criterion.maxPain(),
                "max", 10, "days", t.count("next.days", criterion.sessions()), "window", window, "exercise",
                typed.apply(exerciseName));
    }

    /** "Knee hugs", or "Knee hugs, morning" when the exercise is done more than once a day. */
    public static String session(ClientTexts t, TrackingSheet.Row row, UnaryOperator<String> typed) {
        String name = typed.apply(row.name());
        if (row.sessions() == 1) {
            return name;
        }
        if (row.sessions() == 2) {
            return t.text(row.session() == 1 ? "sheet.row.morning" : "sheet.row.evening", "exercise", name);
        }
        return t.text("sheet.row.session", "exercise", name, "n", row.session());
    }
}
