package com.stepwise.plan.ui;

import com.stepwise.base.ui.RouteIds;
import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.NotFoundException;
import com.stepwise.base.ReadOnce;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.Dates;
import com.stepwise.base.ui.GridCells;
import com.stepwise.base.ui.Links;
import com.stepwise.base.ui.Notifications;
import com.stepwise.base.ui.ViewHeader;
import com.stepwise.client.ClientDetails;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseSummary;
import com.stepwise.plan.PlanContent;
import com.stepwise.plan.PlanDetails;
import com.stepwise.plan.PlanPageSection;
import com.stepwise.plan.PlanProblem;
import com.stepwise.plan.PlanService;
import com.stepwise.plan.PlanStatus;
import com.stepwise.plan.PrerequisiteRule;
import com.stepwise.plan.StageContent;
import com.stepwise.progression.ProgressionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The plan builder: stages on the left, the exercise library on the right. Every change is first tried against the
 * prerequisite rule by {@link PlanService}; a refused change opens the three ways forward. Changes stay in this
 * screen until "Save", so a colleague's save in between is reported without losing anything done here.
 */
@Route("plans/" + RouteIds.ID)
@PermitAll
class PlanBuilderView extends Main implements BeforeEnterObserver, HasDynamicTitle, StageCard.Actions {

    /** How many saves' worth of history is shown: the newest first, more on request. */
    private static final int HISTORY_PAGE = 25;

    private final PlanService plans;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final ProgressionService progression;
    private final ReadOnce readOnce;
    private int historyShown = HISTORY_PAGE;
    private final List<PlanPageSection> sections;
    private final Div sectionArea = new Div();

    private PlanDetails details;
    private PlanContent working;
    private ClientDetails client;
    private PrerequisiteRule rule;
    private boolean dirty;
    private final Map<Long, ExerciseRef> exerciseRefs = new HashMap<>();

    final Button save = new Button("Save changes");
    final Button activate = new Button("Activate");
    final Button reload = new Button("Reload");
    final Div banner = new Div();
    final Div stages = new Div();
    final TextField search = new TextField();
    final Select<StageContent> target = new Select<>();
    final Grid<ExerciseSummary> picker = new Grid<>(ExerciseSummary.class, false);
    private final Div header = new Div();
    private final Section history = new Section();
    private final Div versions = new Div();
    /** The saved plan the versions section was drawn from: it is drawn again only when that changes. */
    private PlanDetails versionsShownFor;
    final MenuBar more = new MenuBar();
    private String title = "Plan · Stepwise";

    PlanBuilderView(PlanService plans, ClientService clients, ExerciseService exercises,
                    ProgressionService progression, List<PlanPageSection> sections, ReadOnce readOnce) {
        this.sections = sections;
        this.readOnce = readOnce;
        this.plans = plans;
        this.clients = clients;
        this.exercises = exercises;
        this.progression = progression;
        addClassNames("view", "plan-builder-view");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        activate.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        activate.addClickListener(e -> activate());
        reload.addClickListener(e -> load(details.id()));
        reload.setTooltipText("Discard the changes on this screen and show the plan as last saved.");
        banner.addClassName("builder-banner");

        stages.addClassName("stages");
        var layout = new Div(stagesColumn(), pickerColumn());
        layout.addClassName("builder-layout");
        history.addClassNames("detail-section", "plan-history");
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var moreItem = more.addItem("More");
        moreItem.getSubMenu().addItem("Title and goal…", e -> PlanActions.editDetails(details,
                (newTitle, goal) -> {
                    details = plans.describe(details.id(), details.version(), newTitle, goal);
                    render();
                    renderHistory();
                }).open());
        moreItem.getSubMenu().addItem("Save as template…", e -> PlanActions.saveAsTemplate(details, name -> {
            plans.saveAsTemplate(details.id(), name);
            Notifications.success("Saved the template \"" + name.strip() + "\".");
        }).open());
        moreItem.getSubMenu().addItem("Mark completed…", e -> PlanActions.confirm("Mark the plan completed?",
                "The client has finished this plan. It stays readable with all its versions and history.",
                "Mark completed", () -> statusChange(() -> plans.complete(details.id(), details.version()))).open());
        moreItem.getSubMenu().addItem("Archive…", e -> PlanActions.confirm("Archive the plan?",
                "It leaves the client's current plans. Nothing is deleted: versions and history stay readable.",
                "Archive", () -> statusChange(() -> plans.archive(details.id(), details.version()))).open());
        add(header, banner, sectionArea, layout, versions, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long planId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException(
                    "This plan"));
            readOnce.during(() -> load(planId));
        } catch (NotFoundException missing) {
            Notifications.problem(missing.getMessage());
            event.forwardTo("clients");
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component stagesColumn() {
        var addStage = new Button("Add stage", VaadinIcon.PLUS.create(), e -> {
            change(content -> content.withStage("Stage " + (content.stages().size() + 1)));
            // A new stage is usually filled next: aim the library's "Add" at it.
            target.setValue(working.stages().getLast());
        });
        addStage.addClassName("add-stage");
        var column = new Div(stages, addStage);
        column.addClassName("stages-column");
        return column;
    }

    private Component pickerColumn() {
        search.setPlaceholder("Search the library");
        search.setAriaLabel("Search the exercise library");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> picker.getDataProvider().refreshAll());
        target.setLabel("Add to");
        target.addValueChangeListener(e -> picker.getDataProvider().refreshAll());
        picker.addColumn(pickerCell()).setHeader("Exercise").setFlexGrow(1);
        picker.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        picker.setItems(query -> exercises.search(new ExerciseFilter(search.getValue(), null, null, null, false,
                false), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        var column = new Div(new H2("Add exercises"), search, target, picker);
        column.addClassName("picker-column");
        return column;
    }

    /**
     * The picker shows, for the stage chosen in "Add to", whether each exercise may go there for this client. Drawn
     * in the browser from a template and a few values per row (not a component per cell), so a page of the library
     * costs little in each page update and in the session.
     */
    private LitRenderer<ExerciseSummary> pickerCell() {
        return LitRenderer.<ExerciseSummary>of("""
                        <div class="picker-cell">
                          <span class="prescription-name">${item.name}</span>
                          <div class="badges">
                            ${item.lock ? html`<span class="badge badge-${item.lock.tone}">${item.lock.text}</span>` : ''}
                            ${item.floor ? html`<span class="badge badge-error">Needs the floor</span>` : ''}
                          </div>
                          <vaadin-button theme="small" aria-label="Add ${item.name}" ?disabled=${!item.editable}
                              @click=${add}><vaadin-icon icon="vaadin:plus" slot="prefix"></vaadin-icon>Add</vaadin-button>
                        </div>""")
                .withProperty("name", ExerciseSummary::name)
                .withProperty("lock", exercise -> pickerState(exercise).orElse(null))
                .withProperty("floor", exercise -> client != null && client.cannotGetToFloor()
                        && exercise.floorRequired())
                .withProperty("editable", exercise -> editable() && !inTargetStage(exercise))
                .withFunction("add", this::addExercise);
    }

    /**
     * "Available", "In this stage" or "Locked: needs …" for the stage chosen in "Add to"; empty before a plan is
     * loaded.
     */
    private java.util.Optional<GridCells.BadgeValue> pickerState(ExerciseSummary exercise) {
        if (rule == null || target.getValue() == null) {
            return java.util.Optional.empty();
        }
        if (inTargetStage(exercise)) {
            return java.util.Optional.of(GridCells.BadgeValue.of("In this stage", Badge.Tone.NEUTRAL));
        }
        int stageIndex = working.stages().indexOf(target.getValue());
        var missing = rule.missingIfAddedTo(working, Math.max(stageIndex, 0), exercise.id());
        if (missing.isEmpty()) {
            return java.util.Optional.of(GridCells.BadgeValue.of("Available", Badge.Tone.SUCCESS));
        }
        var names = missing.stream().map(id -> exerciseRefs.containsKey(id) ? exerciseRefs.get(id).name()
                : "another exercise").toList();
        return java.util.Optional.of(GridCells.BadgeValue.of("Locked: needs " + String.join(" and ", names),
                Badge.Tone.WARNING));
    }

    private boolean inTargetStage(ExerciseSummary exercise) {
        var stage = target.getValue();
        return stage != null && working.stages().stream().filter(s -> s.key().equals(stage.key())).findFirst()
                .map(s -> s.holds(exercise.id())).orElse(false);
    }

    // --- loading and rendering ----------------------------------------------------------------------------------

    private void load(long planId) {
        details = plans.get(planId);
        working = details.working().content();
        client = clients.get(details.clientId());
        rule = plans.ruleFor(client.id());
        dirty = false;
        var known = new java.util.HashSet<>(rule.prerequisiteExercises());
        working.prescriptions().forEach(p -> known.add(p.exerciseId()));
        remember(exercises.refs(known));
        render();
        renderHistory();
        renderSections();
    }

    /** What other features add (readiness to progress), built from the saved plan. */
    private void renderSections() {
        sectionArea.removeAll();
        sections.forEach(section -> sectionArea.add(section.create(details)));
    }

    private void render() {
        render(true);
    }

    /** Everything from the saved plan and the content on screen; the stage cards only when they show other content. */
    private void render(boolean rebuildStages) {
        renderStatus();
        if (rebuildStages) {
            stages.removeAll();
            for (int i = 0; i < working.stages().size(); i++) {
                stages.add(new StageCard(working, i, exerciseRefs, client.cannotGetToFloor(), editable(), this));
            }
            picker.getDataProvider().refreshAll();
        }
        renderProblems();
        if (versionsShownFor != details) {
            versionsShownFor = details;
            versions.removeAll();
            versions.add(new VersionsSection(details, this::names));
        }
    }

    /**
     * The header, the buttons and the "Add to" stage list: all a stage's new name or notes change. The stage cards
     * show what was typed already, so a keystroke in a stage's notes does not rebuild them (a tenth of the server's
     * work under load, docs/performance.md).
     */
    private void renderStatus() {
        title = details.title() + " · " + client.fullName() + " · Stepwise";
        header.removeAll();
        var back = Links.to("← " + client.fullName(), "clients/" + client.id());
        back.addClassName("back-link");
        var heading = new ViewHeader(details.title(), details.goal()).withActions(handoutLink(), save, activate,
                reload, more);
        header.add(back, heading, statusLine());

        save.setEnabled(dirty && editable());
        activate.setEnabled(editable() && (dirty || details.editingDraft()));
        reload.setEnabled(dirty);
        more.setEnabled(editable() && !dirty);

        var current = target.getValue();
        target.setItems(working.stages());
        target.setItemLabelGenerator(s -> "Stage " + (working.stages().indexOf(s) + 1) + ": " + s.name());
        target.setValue(working.stages().stream().filter(s -> current != null && s.key().equals(current.key()))
                .findFirst().orElse(working.stages().isEmpty() ? null : working.stages().getLast()));
    }

    /** The exercises' names and kinds, asked from the library only for those not yet known on this screen. */
    private Map<Long, ExerciseRef> names(List<Long> ids) {
        remember(exercises.refs(ids.stream().filter(id -> !exerciseRefs.containsKey(id)).toList()));
        return exerciseRefs;
    }

    private void statusChange(java.util.function.Supplier<PlanDetails> change) {
        try {
            details = change.get();
            renderSections();
            working = details.working().content();
            render();
            renderHistory();
        } catch (ConcurrentEditException conflict) {
            showConflict(conflict.getMessage());
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }

    /**
     * The handout of the active version, or of the draft while there is none, in the browser's PDF viewer in a new
     * tab. Saved versions only, so what is printed is what was saved.
     */
    private Component handoutLink() {
        var version = details.active() != null ? details.active() : details.working();
        if (version.content().exerciseCount() == 0) {
            var none = new Span("Add exercises to print a handout");
            none.addClassName("handout-link");
            return none;
        }
        return HandoutLinks.of(details.id(), version.number(), details.status(), client.prefersLargePrint(),
                client.handoutLanguage());
    }

    private Component statusLine() {
        var line = new Div(PlanBadges.status(details.status()));
        line.addClassName("badges");
        var working = details.working();
        String version = "Version " + working.number() + (details.editingDraft()
                ? " · draft, created by " + working.createdBy() + " on " + Dates.format(working.createdAt())
                : " · active since " + Dates.format(working.activatedAt()) + " (" + working.activatedBy() + ")");
        line.add(new Span(version));
        if (details.active() != null && details.editingDraft()) {
            line.add(new Badge("The client follows version " + details.active().number() + " until you activate",
                    Badge.Tone.WARNING));
        } else if (details.active() != null && !details.editingDraft()) {
            line.add(new Span("Saving changes starts version " + (working.number() + 1) + "."));
        }
        if (dirty) {
            line.add(new Badge("Unsaved changes", Badge.Tone.ACCENT));
        }
        int exerciseCount = this.working.exerciseCount();
        line.add(new Span(exerciseCount + (exerciseCount == 1 ? " exercise" : " exercises") + " in "
                + this.working.stages().size() + (this.working.stages().size() == 1 ? " stage" : " stages")));
        return line;
    }

    private void renderProblems() {
        banner.removeAll();
        if (details.reviewNote() != null) {
            var review = new Div(new Span("Needs review: the version the client follows no longer meets the "
                    + "prerequisite rule. " + details.reviewNote() + ". Place each exercise after what it needs, record "
                    + "a sign-off, or override with a reason, and activate the new version."));
            review.addClassNames("form-problem", "review-notice");
            banner.add(review);
        }
        var problems = plans.problemsIntroduced(client.id(), PlanContent.empty(), working);
        if (!problems.isEmpty()) {
            var list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem("Stage " + (p.stageIndex() + 1) + ": " + p.message())));
            var box = new Div(new Span("Not ready to activate"), list);
            box.addClassName("form-problem");
            banner.add(box);
        }
    }

    private void renderHistory() {
        history.removeAll();
        history.add(new H2("History"));
        var page = plans.history(details.id(), historyShown);
        var list = new UnorderedList();
        list.addClassName("history-list");
        page.entries().forEach(entry -> {
            var when = new Span(Dates.format(entry.at()) + " · " + entry.clinician());
            when.addClassName("history-when");
            list.add(new ListItem(when, new Span(entry.change())));
        });
        history.add(list);
        if (page.hasOlder()) {
            history.add(new Button("Show older changes", e -> {
                historyShown += HISTORY_PAGE;
                renderHistory();
            }));
        }
    }

    private boolean editable() {
        return details != null && details.status() != PlanStatus.ARCHIVED && details.status() != PlanStatus.COMPLETED;
    }

    private void remember(List<ExerciseRef> refs) {
        refs.forEach(ref -> exerciseRefs.put(ref.id(), ref));
    }

    // --- changes ------------------------------------------------------------------------------------------------

    /**
     * Tries a change: the service says whether it would put an exercise before its prerequisites. Allowed changes
     * are kept on this screen until "Save"; refused ones open the ways forward.
     */
    void change(UnaryOperator<PlanContent> edit) {
        change(edit, true);
    }

    private void change(UnaryOperator<PlanContent> edit, boolean redrawStages) {
        PlanContent next;
        try {
            next = edit.apply(working);
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
            return;
        }
        var problems = plans.problemsIntroduced(client.id(), working, next);
        if (problems.isEmpty()) {
            working = next;
            dirty = true;
            if (redrawStages) {
                render();
            } else {
                renderStatus();
            }
        } else {
            offerWaysForward(next, problems);
        }
    }

    private void offerWaysForward(PlanContent refused, List<PlanProblem> problems) {
        var first = problems.getFirst();
        new RefusalDialog(first,
                () -> change(content -> withMissingEarlier(refused, first)),
                note -> {
                    first.toResolve().forEach(m -> progression.recordSignOff(client.id(), m.id(), note));
                    rule = plans.ruleFor(client.id());
                    Notifications.success("Recorded: " + client.fullName() + " does " + first.missingNames()
                            + " comfortably.");
                    change(content -> refused);
                },
                override -> {
                    var withOverrides = refused;
                    for (var problem : problems) {
                        for (var required : problem.toResolve()) {
                            withOverrides = withOverrides.withOverride(problem.prescriptionKey(),
                                    override.covering(required.id()));
                        }
                    }
                    var overridden = withOverrides;
                    change(content -> overridden);
                }).open();
    }

    /** Puts the missing exercises in the stage before the refused one, or in a new first stage. */
    private PlanContent withMissingEarlier(PlanContent refused, PlanProblem problem) {
        var content = refused;
        String stageKey;
        if (problem.stageIndex() > 0) {
            stageKey = content.stages().get(problem.stageIndex() - 1).key();
        } else {
            content = content.withStage("Getting ready");
            stageKey = content.stages().getLast().key();
            content = content.moveStage(stageKey, 0);
        }
        for (var missing : problem.toResolve()) {
            var details = exercises.get(missing.id());
            remember(List.of(details.ref()));
            content = content.withExercise(stageKey, missing.id(), details.defaultDose());
        }
        return content;
    }

    private void addExercise(ExerciseSummary exercise) {
        if (target.getValue() == null) {
            Notifications.info("Add a stage first.");
            return;
        }
        var ref = exercises.get(exercise.id());
        remember(List.of(ref.ref()));
        String stageKey = target.getValue().key();
        change(content -> content.withExercise(stageKey, exercise.id(), ref.defaultDose()));
    }

    @Override
    public void rename(String stageKey, String name, String notes) {
        change(content -> content.renameStage(stageKey, name, notes), false);
    }

    @Override
    public void moveStage(String stageKey, int toIndex) {
        change(content -> content.moveStage(stageKey, toIndex));
    }

    @Override
    public void duplicateStage(String stageKey) {
        change(content -> content.duplicateStage(stageKey));
    }

    @Override
    public void removeStage(String stageKey) {
        change(content -> content.removeStage(stageKey));
    }

    @Override
    public void movePrescription(String prescriptionKey, String toStageKey, int toIndex) {
        change(content -> content.movePrescription(prescriptionKey, toStageKey, toIndex));
    }

    @Override
    public void removePrescription(String prescriptionKey) {
        change(content -> content.withoutPrescription(prescriptionKey));
    }

    @Override
    public void editDose(String prescriptionKey) {
        var p = working.prescription(prescriptionKey).orElseThrow();
        new DoseDialog(exerciseRefs.get(p.exerciseId()).name(), p.dose(), p.restSeconds(), p.notes(),
                (dose, rest, notes) -> change(content -> content.withDose(prescriptionKey, dose, rest)
                        .withNotes(prescriptionKey, notes))).open();
    }

    // --- saving -------------------------------------------------------------------------------------------------

    private boolean save() {
        try {
            var onScreen = working;
            details = plans.save(details.id(), details.version(), working);
            working = details.working().content();
            dirty = false;
            Notifications.success("Saved version " + details.working().number() + ".");
            // The cards show what was saved already, unless the saved content differs from what was sent.
            render(!working.equals(onScreen));
            renderHistory();
            return true;
        } catch (ConcurrentEditException conflict) {
            showConflict(conflict.getMessage());
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
        return false;
    }

    private void activate() {
        if (dirty && !save()) {
            return;
        }
        try {
            details = plans.activate(details.id(), details.version());
            working = details.working().content();
            Notifications.success("Version " + details.active().number() + " is active. Print the handout for "
                    + client.firstName() + ".");
            render();
            renderHistory();
            renderSections();
        } catch (ConcurrentEditException conflict) {
            showConflict(conflict.getMessage());
        } catch (UserFacingException refused) {
            Notifications.problem(refused.getMessage());
        }
    }

    /** A colleague saved first: say so, keep everything on screen, and offer to reload. */
    private void showConflict(String message) {
        banner.removeAll();
        var reloadNow = new Button("Reload the plan", e -> load(details.id()));
        var box = new Div(new Span(message), reloadNow);
        box.addClassNames("form-problem", "conflict-notice");
        banner.add(box);
        Notifications.problem(message);
    }

    PlanContent working() {
        return working;
    }
}
