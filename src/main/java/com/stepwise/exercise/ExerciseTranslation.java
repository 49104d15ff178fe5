package com.stepwise.exercise;

import com.stepwise.base.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A clinic's own exercise in another language, for handouts printed in that language: name, purpose, and the steps
 * and cautions one per line, as the clinician typed them.
 */
@Entity
@Table(name = "exercise_translation")
class ExerciseTranslation {

    @Embeddable
    record Key(@Column(name = "exercise_id") Long exerciseId, @Column(name = "language", length = 5) String language)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "purpose", length = 500)
    private String purpose;

    @Column(name = "steps", nullable = false, length = 5000)
    private String steps;

    @Column(name = "cautions", length = 5000)
    private String cautions;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExerciseTranslation() {
    }

    ExerciseTranslation(long exerciseId, Language language) {
        this.key = new Key(exerciseId, language.code());
    }

    void apply(ExerciseWording wording, Instant now) {
        this.name = wording.name();
        this.purpose = wording.purpose().isBlank() ? null : wording.purpose();
        this.steps = String.join("\n", wording.steps());
        this.cautions = wording.cautions().isEmpty() ? null : String.join("\n", wording.cautions());
        this.updatedAt = now;
    }

    Language language() {
        return Language.of(key.language());
    }

    long exerciseId() {
        return key.exerciseId();
    }

    long getVersion() {
        return version;
    }

    ExerciseWording wording() {
        return new ExerciseWording(name, purpose, lines(steps), lines(cautions));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExerciseTranslation other && key != null && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(key);
    }
}
