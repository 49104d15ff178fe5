package com.stepwise.plan.ui;

import com.stepwise.base.ui.Dates;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanVersionView;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/** Every version of a plan, readable as it was: which one is active, and what each one prescribed. */
class VersionsSection extends Section {

    VersionsSection(PlanDetails plan, Map<Long, ExerciseRef> exercises) {
        addClassNames("detail-section", "plan-versions");
        add(new H2("Versions"));
        for (var version : plan.versions()) {
            var details = new Details(summary(version), content(version, exercises));
            details.setOpened(false);
            add(details);
        }
    }

    private static String summary(PlanVersionView version) {
        String state = switch (version.state()) {
            case DRAFT -> "draft";
            case ACTIVE -> "active";
            case SUPERSEDED -> "superseded";
        };
        return "Version " + version.number() + " · " + state + " · created " + Dates.format(version.createdAt())
                + " by " + version.createdBy() + (version.activatedAt() == null ? ""
                : " · activated " + Dates.format(version.activatedAt()) + " by " + version.activatedBy());
    }

    private static OrderedList content(PlanVersionView version, Map<Long, ExerciseRef> exercises) {
        var stages = new OrderedList();
        for (var stage : version.content().stages()) {
            var items = new UnorderedList();
            for (var p : stage.prescriptions()) {
                var ref = exercises.get(p.exerciseId());
                var line = new ListItem(new Span((ref == null ? "Exercise" : ref.name()) + ": " + p.dose().inWords()));
                for (var o : p.overrides()) {
                    var required = exercises.get(o.requiredExerciseId());
                    line.add(new Span(" · override of " + (required == null ? "a prerequisite" : required.name())
                            + ": " + o.reason() + (o.clinicianName() == null ? "" : " (" + o.clinicianName() + ")")));
                }
                items.add(line);
            }
            stages.add(new ListItem(new Span(stage.name()), items));
        }
        return stages;
    }
}
