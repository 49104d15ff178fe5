package com.stepwise.exercise.ui;

/** Where the browser finds an exercise's picture: the clinic's photo if it uploaded one, else the drawing. */
final class Pictures {

    private Pictures() {
    }

    static String thumbnail(long exerciseId, String illustration, boolean hasPhoto) {
        return hasPhoto ? photo(exerciseId) : drawing(illustration) + "?size=small";
    }

    static String large(long exerciseId, String illustration, boolean hasPhoto) {
        return hasPhoto ? photo(exerciseId) : drawing(illustration);
    }

    static String photo(long exerciseId) {
        return "exercise-photos/" + exerciseId;
    }

    static String drawing(String illustration) {
        return "illustrations/" + illustration + ".svg";
    }
}
