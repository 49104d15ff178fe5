package com.stepwise.exercise.illustration;

/** Furniture drawn with the figure, placed in figure units (x from the left, y up from the floor). */
public record Prop(Kind kind, double x, double y, double width) {

    public enum Kind { MAT, CHAIR, BED, PILLOW }

    public static Prop mat() {
        return new Prop(Kind.MAT, 6, 0, 108);
    }
}
