package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
            if (name.length() > MAX_NAME) {
                throw new UserFacingException("Keep each activity under " + MAX_NAME + " characters, such as "
                        + "\"Lifting my grandson\".");
            }
            if (rating < 0 || rating > 10) {
                throw new UserFacingException("Rate \"" + name + "\" from 0 (unable) to 10 (as before the "
                        + "problem).");
            }
        }
    }

    /** The longest activity name: enough for "Carrying the shopping up two flights of stairs". */
    public static final int MAX_NAME = 80;

    private FunctionalScale() {
    }

    /**
     * Scores are comparable only over the same activities: this key is equal for two scales that rate the same
     * activities (in any order, case and spacing aside), and short enough to store beside the score.
     */
    public static String comparisonKey(List<Activity> activities) {
        var names = activities.stream()
                .map(a -> Normalizer.normalize(a.name(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                        .replaceAll("\\s+", " "))
                .sorted().collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(names.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
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
