package com.stepwise.plan.ui;

import com.stepwise.base.ui.Dates;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanVersionView;
import com.stepwise.plan.PrescriptionContent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The versions of a plan, newest first, readable as they were: which one is active, and what each one prescribed.
 * A few are listed at a time and a version's content is drawn only when it is opened, so the page stays the same
 * size however often the plan has been changed.
 */
class VersionsSection extends Section {

    /** How many versions are listed at first, and how many more each "Show older versions" adds. */
    static final int PAGE = 10;

    private final List<PlanVersionView> newestFirst;
    private final Function<List<Long>, Map<Long, ExerciseRef>> names;
    private final Div list = new Div();
    private final Button older = new Button("Show older versions", e -> showMore());
    private int shown;

    /**
     * @param names looks up the exercises a version holds (by id), asked only when a version is opened
     */
    VersionsSection(PlanDetails plan, Function<List<Long>, Map<Long, ExerciseRef>> names) {
        this.names = names;
        this.newestFirst = plan.versions().stream()
                .sorted(Comparator.comparingInt(PlanVersionView::number).reversed()).toList();
        addClassNames("detail-section", "plan-versions");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2("Versions"), list, older);
        showMore();
    }

    private void showMore() {
        int until = Math.min(shown + PAGE, newestFirst.size());
        for (var version : newestFirst.subList(shown, until)) {
            var details = new Details(summary(version));
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(content(version));
                }
            });
            list.add(details);
        }
        shown = until;
        older.setVisible(shown < newestFirst.size());
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

    private OrderedList content(PlanVersionView version) {
        var exercises = names.apply(version.content().prescriptions()
                .flatMap(p -> Stream.concat(Stream.of(p.exerciseId()),
                        p.overrides().stream().map(o -> o.requiredExerciseId())))
                .distinct().toList());
        var stages = new OrderedList();
        for (var stage : version.content().stages()) {
            var items = new UnorderedList();
            for (var p : stage.prescriptions()) {
                items.add(line(p, exercises));
            }
            stages.add(new ListItem(new Span(stage.name()), items));
        }
        return stages;
    }

    private static ListItem line(PrescriptionContent p, Map<Long, ExerciseRef> exercises) {
        var ref = exercises.get(p.exerciseId());
        var line = new ListItem(new Span((ref == null ? "Exercise" : ref.name()) + ": " + p.dose().inWords()));
        for (var o : p.overrides()) {
            var required = exercises.get(o.requiredExerciseId());
            line.add(new Span(" · override of " + (required == null ? "a prerequisite" : required.name())
                    + ": " + o.reason() + (o.clinicianName() == null ? "" : " (" + o.clinicianName() + ")")));
        }
        return line;
    }
}
