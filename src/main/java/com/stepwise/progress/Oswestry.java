package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Oswestry Disability Index: ten sections, each scored 0 (no difficulty) to 5. The score is the sum divided by
 * five times the number of sections answered, as a percentage; an unanswered section is left out of both sums
 * (16 of 50 is 32 %, 16 of 45 with one section missing is 35.6 %).
 * <p>
 * The questionnaire itself is a licensed instrument: the clinic fills in its own licensed form with the client, and
 * Stepwise records each section's score with a short anchor written for Stepwise, never the instrument's wording.
 * Following the developers' guidance (Fairbank and Pynsent, Spine 2000;25:2940), a missed or not-applicable
 * section is dropped from the denominator; with more than {@value #MOST_MISSING} sections missing the result is kept
 * but marked incomplete, and is never compared for a meaningful change.
 */
public final class Oswestry {

    /** How many sections may be missing before a questionnaire is incomplete. */
    public static final int MOST_MISSING = 2;

    /** The ten sections, each with a short anchor for every score from 0 to 5. */
    public enum Section {
        PAIN("Pain right now", "none", "slight", "moderate", "strong", "very strong", "unbearable"),
        PERSONAL_CARE("Washing and dressing", "manages, no extra pain", "manages, with pain",
                "slow and careful", "needs a little help", "needs help with most", "cannot manage"),
        LIFTING("Lifting", "heavy, no extra pain", "heavy, with extra pain", "heavy from table height only",
                "light to medium only", "very light only", "cannot lift"),
        WALKING("Walking", "no limit", "about 1.5 km", "about 800 m", "about 100 m", "only with a walking aid",
                "mostly in bed"),
        SITTING("Sitting", "any chair, no limit", "own chair, no limit", "up to an hour", "up to 30 minutes",
                "up to 10 minutes", "cannot sit"),
        STANDING("Standing", "no limit, no extra pain", "no limit, with extra pain", "up to an hour",
                "up to 30 minutes", "up to 10 minutes", "cannot stand"),
        SLEEPING("Sleeping", "undisturbed", "sometimes disturbed", "under 6 hours", "under 4 hours",
                "under 2 hours", "cannot sleep"),
        SEX_LIFE("Sex life (if it applies)", "normal, no extra pain", "normal, some extra pain",
                "nearly normal, very painful", "much limited", "almost none", "none"),
        SOCIAL_LIFE("Social life", "normal, no extra pain", "normal, more pain", "energetic interests limited",
                "goes out less", "only at home", "none"),
        TRAVELLING("Travelling", "anywhere, no extra pain", "anywhere, with extra pain", "over 2 hours, with effort",
                "under an hour", "short trips only", "only for treatment");

        private final String title;
        private final List<String> anchors;

        Section(String title, String... anchors) {
            this.title = title;
            this.anchors = List.of(anchors);
        }

        public String title() {
            return title;
        }

        /** The short anchors for scores 0 to 5, in Stepwise's own words. */
        public List<String> anchors() {
            return anchors;
        }

        /** "3 · strong": how a score reads in a list. */
        public String scoreInWords(int score) {
            return score + " · " + anchors.get(score);
        }
    }

    /** The published bands of disability, by percentage. */
    public enum Band {
        MINIMAL("Minimal disability"),
        MODERATE("Moderate disability"),
        SEVERE("Severe disability"),
        CRIPPLED("Crippling back pain"),
        BED_BOUND("Bed-bound, or symptoms exaggerated");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** 0–20 minimal, 21–40 moderate, 41–60 severe, 61–80 crippled, 81–100 bed-bound or exaggerating. */
        static Band of(BigDecimal percent) {
            double p = percent.doubleValue();
            return p <= 20 ? MINIMAL : p <= 40 ? MODERATE : p <= 60 ? SEVERE : p <= 80 ? CRIPPLED : BED_BOUND;
        }
    }

    /** A scored questionnaire: the percentage to one decimal, its band, and how many sections were answered. */
    public record Score(BigDecimal percent, Band band, int answered) {

        /** At most {@value #MOST_MISSING} sections missing: a score that may be compared with another. */
        public boolean complete() {
            return Section.values().length - answered <= MOST_MISSING;
        }
    }

    private Oswestry() {
    }

    /**
     * Scores the answers (0 to 5 per section; a section not in the map, or mapped to null, was not answered). Refused
     * when nothing was answered: that is no score at all, not 0 %.
     */
    public static Score score(Map<Section, Integer> given) {
        var answers = answered(given);
        if (answers.isEmpty()) {
            throw new UserFacingException("Answer at least one section of the Oswestry questionnaire: with none "
                    + "answered there is no score.");
        }
        int sum = 0;
        for (var answer : answers.entrySet()) {
            int value = answer.getValue();
            if (value < 0 || value > 5) {
                throw new UserFacingException("Each Oswestry answer is from 0 to 5; \"" + answer.getKey().title()
                        + "\" has " + value + ".");
            }
            sum += value;
        }
        var percent = BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(5L * answers.size()), 1,
                RoundingMode.HALF_UP);
        return new Score(percent, Band.of(percent), answers.size());
    }

    /** The sections that were answered, in section order. */
    public static Map<Section, Integer> answered(Map<Section, Integer> given) {
        var answers = new EnumMap<Section, Integer>(Section.class);
        given.forEach((section, value) -> {
            if (section != null && value != null) {
                answers.put(section, value);
            }
        });
        return answers;
    }
}
