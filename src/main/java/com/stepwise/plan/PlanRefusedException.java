package com.stepwise.plan;

import com.stepwise.base.UserFacingException;
import java.util.List;

/** A change or an activation refused because exercises would stand before their prerequisites. */
public class PlanRefusedException extends UserFacingException {

    private final transient List<PlanProblem> problems;

    PlanRefusedException(String message, List<PlanProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<PlanProblem> problems() {
        return problems;
    }
}
