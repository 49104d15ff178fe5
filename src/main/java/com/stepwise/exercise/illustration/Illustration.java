package com.stepwise.exercise.illustration;

import java.util.List;

/** How an exercise is drawn: where the client starts, where the movement ends, and what they lie or sit on. */
public record Illustration(String key, String label, Pose start, Pose end, List<Prop> props) {

    public Illustration {
        props = List.copyOf(props);
    }
}
