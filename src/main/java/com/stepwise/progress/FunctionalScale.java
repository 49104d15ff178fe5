package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Patient-Specific Functional Scale: three to five activities the client names, each rated 0 (unable) to 10 (as
 * before the problem). The score is their mean.
 */
public final class FunctionalScale {

    /** One activity as the client names it, with today's rating. */
    public record Activity(String name, int rating) {

        public Activity {
            name = name == null ? "" : name.strip();
            if (name.isEmpty()) {
                throw new UserFacingException("Name each activity in the client's words, such as \"Tying my "
                        + "shoes\".");
            }
            if (rating < 0 || rating > 10) {
                throw new UserFacingException("Rate \"" + name + "\" from 0 (unable) to 10 (as before the "
                        + "problem).");
            }
        }
    }

    private FunctionalScale() {
    }

    public static BigDecimal score(List<Activity> activities) {
        if (activities.size() < 3 || activities.size() > 5) {
            throw new UserFacingException("The functional scale needs 3 to 5 activities the client names; there are "
                    + activities.size() + ".");
        }
        int sum = activities.stream().mapToInt(Activity::rating).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(activities.size()), 1, RoundingMode.HALF_UP);
    }
}
