package com.stepwise.exercise;

import com.stepwise.base.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The built-in catalogue in the languages a handout can be printed in, from the {@code i18n/exercises_<code>}
 * bundles (English is the catalogue itself, in the database). A translator edits those files; the keys are the
 * exercise's code: {@code knee-hug-single.name}, {@code .purpose}, {@code .step.1} and on, {@code .caution.1} and on,
 * and {@code illustration.<key>} for the short label of each drawing.
 */
final class BuiltInWording {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BuiltInWording() {
    }

    /** The built-in exercise of this code in the language, if the bundle has it (never for English). */
    static Optional<ExerciseWording> of(String code, Language language) {
        var bundle = bundle(language);
        if (bundle.isEmpty() || !bundle.get().containsKey(code + ".name")) {
            return Optional.empty();
        }
        var texts = bundle.get();
        return Optional.of(new ExerciseWording(texts.getString(code + ".name"), optional(texts, code + ".purpose"),
                numbered(texts, code + ".step."), numbered(texts, code + ".caution.")));
    }

    /** The short label of a drawing in the language, if the bundle has it. */
    static Optional<String> illustrationLabel(String key, Language language) {
        return bundle(language).filter(b -> b.containsKey("illustration." + key))
                .map(b -> b.getString("illustration." + key));
    }

    private static Optional<ResourceBundle> bundle(Language language) {
        if (language == Language.ENGLISH) {
            return Optional.empty();
        }
        return Optional.of(ResourceBundle.getBundle("i18n/exercises", language.locale(),
                BuiltInWording.class.getClassLoader(), NO_FALLBACK));
    }

    private static String optional(ResourceBundle texts, String key) {
        return texts.containsKey(key) ? texts.getString(key) : "";
    }

    private static List<String> numbered(ResourceBundle texts, String prefix) {
        var lines = new ArrayList<String>();
        for (int n = 1; texts.containsKey(prefix + n); n++) {
            lines.add(texts.getString(prefix + n));
        }
        return lines;
    }
}
