package com.stepwise.plan;

import java.util.List;

/**
 * What a client was told about an exercise when a version became active: its name, purpose, steps, cautions and
 * drawing. Kept in the version, so a handout of that version prints what was prescribed then, whatever the clinic
 * edits in its library afterwards.
 */
public record PrescribedInstructions(String name, String purpose, List<String> steps, List<String> cautions,
                                     String illustration) {

    public PrescribedInstructions {
        steps = steps == null ? List.of() : List.copyOf(steps);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }
}
