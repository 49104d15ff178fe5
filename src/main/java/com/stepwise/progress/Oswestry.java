package com.stepwise.progress;

import com.stepwise.base.UserFacingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The Oswestry Disability Index: ten sections, each answered 0 (no difficulty) to 5. The score is the sum divided by
 * five times the number of sections answered, as a percentage; an unanswered section is left out of both sums
 * (16 of 50 is 32 %, 16 of 45 with one section missing is 35.6 %). The answer texts are written for Stepwise.
 */
public final class Oswestry {

    /** The ten sections, each with its six answers from 0 to 5. */
    public enum Section {
        PAIN("Pain right now", List.of(
                "I have no pain at the moment.",
                "The pain is very mild at the moment.",
                "The pain is moderate at the moment.",
                "The pain is fairly severe at the moment.",
                "The pain is very severe at the moment.",
                "The pain is the worst I can imagine at the moment.")),
        PERSONAL_CARE("Washing and dressing", List.of(
                "I look after myself normally without extra pain.",
                "I look after myself normally, but it is very painful.",
                "Looking after myself is painful, and I am slow and careful.",
                "I need some help but manage most of my personal care.",
                "I need help every day with most of my personal care.",
                "I do not get dressed, I wash with difficulty and I stay in bed.")),
        LIFTING("Lifting", List.of(
                "I can lift heavy things without extra pain.",
                "I can lift heavy things, but it gives me extra pain.",
                "Pain stops me lifting heavy things off the floor, but I manage if they are placed well, on a table.",
                "Pain stops me lifting heavy things, but I manage light to medium things placed well.",
                "I can lift only very light things.",
                "I cannot lift or carry anything.")),
        WALKING("Walking", List.of(
                "Pain does not stop me walking any distance.",
                "Pain stops me walking more than about a mile (1.5 km).",
                "Pain stops me walking more than about half a mile (800 m).",
                "Pain stops me walking more than about 100 yards (90 m).",
                "I can walk only with a stick or crutches.",
                "I am in bed most of the time.")),
        SITTING("Sitting", List.of(
                "I can sit in any chair as long as I like.",
                "I can sit in my favourite chair as long as I like.",
                "Pain stops me sitting for more than an hour.",
                "Pain stops me sitting for more than half an hour.",
                "Pain stops me sitting for more than ten minutes.",
                "Pain stops me sitting at all.")),
        STANDING("Standing", List.of(
                "I can stand as long as I want without extra pain.",
                "I can stand as long as I want, but it gives me extra pain.",
                "Pain stops me standing for more than an hour.",
                "Pain stops me standing for more than half an hour.",
                "Pain stops me standing for more than ten minutes.",
                "Pain stops me standing at all.")),
        SLEEPING("Sleeping", List.of(
                "My sleep is never disturbed by pain.",
                "My sleep is sometimes disturbed by pain.",
                "Because of pain I sleep less than six hours.",
                "Because of pain I sleep less than four hours.",
                "Because of pain I sleep less than two hours.",
                "Pain stops me sleeping at all.")),
        SEX_LIFE("Sex life (if it applies)", List.of(
                "My sex life is normal and causes no extra pain.",
                "My sex life is normal but causes some extra pain.",
                "My sex life is nearly normal but is very painful.",
                "My sex life is severely limited by pain.",
                "My sex life is nearly absent because of pain.",
                "Pain prevents any sex life at all.")),
        SOCIAL_LIFE("Social life", List.of(
                "My social life is normal and gives me no extra pain.",
                "My social life is normal but increases the pain.",
                "Pain limits only my more energetic interests, such as sport.",
                "Pain has limited my social life, and I go out less often.",
                "Pain has limited my social life to my home.",
                "I have no social life because of pain.")),
        TRAVELLING("Travelling", List.of(
                "I can travel anywhere without pain.",
                "I can travel anywhere, but it gives me extra pain.",
                "Pain is bad, but I manage journeys of over two hours.",
                "Pain limits me to journeys of under an hour.",
                "Pain limits me to short necessary journeys of under 30 minutes.",
                "Pain prevents me travelling except for treatment."));

        private final String title;
        private final List<String> answers;

        Section(String title, List<String> answers) {
            this.title = title;
            this.answers = answers;
        }

        public String title() {
            return title;
        }

        public List<String> answers() {
            return answers;
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
    }

    private Oswestry() {
    }

    /**
     * Scores the answers (0 to 5 per section; sections not in the map were not answered). Refused when nothing was
     * answered: that is no score at all, not 0 %.
     */
    public static Score score(Map<Section, Integer> answers) {
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
}
