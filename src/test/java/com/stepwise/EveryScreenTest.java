package com.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.base.ui.NotFoundView;
import com.stepwise.base.ui.ShownText;
import com.stepwise.client.ClientFilter;
import com.stepwise.client.ClientService;
import com.stepwise.exercise.ExerciseFilter;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.plan.PlanService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Opens every screen of the app with the demo clinic's data, as an administrator and as a clinician, clicks every
 * button on it and every button of every dialog a click opens, and fails if anything reaches the global error
 * handler: an exception out of a click, its "Something went wrong" notice, or an error it logs.
 * <p>
 * A new screen without parameters joins by itself; a screen with an id in its address needs one line in
 * {@link #addresses()}, and the test says so until it has one. Addresses that lead nowhere (a mistyped path, an id
 * that is not a number or too long) must show the friendly not-found page.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:every-screen;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@Import(TestClockConfiguration.class)
class EveryScreenTest extends SpringBrowserlessTest {

    private static final String DEMO_EMAIL = "sam@riverside.example";
    /** Buttons that end the session rather than use a screen. */
    private static final Set<String> NOT_CLICKED = Set.of("Sign out");

    @Autowired
    TestClinics signIn;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClientService clients;
    @Autowired
    PlanService plans;
    @Autowired
    ExerciseService exercises;
    @Autowired
    JdbcTemplate jdbc;

    private final ListAppender<ILoggingEvent> errors = new ListAppender<>();
    private final List<String> failures = new ArrayList<>();
    /** A button explored once on a screen need not be explored on every other record of the same screen. */
    private final Set<String> explored = new HashSet<>();
    /** The date fields met on the way, by label: each must read dates day first, whatever the browser's language. */
    private final Set<String> dateFields = new HashSet<>();
    private StepwiseUser admin;

    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        admin = signIn.signInAs((StepwiseUser) users.loadUserByUsername(DEMO_EMAIL));
        super.initVaadinEnvironment();
        errors.start();
        ((Logger) LoggerFactory.getLogger("com.stepwise.base.ui.MainErrorHandler")).addAppender(errors);
    }

    @AfterEach
    void signOut() {
        ((Logger) LoggerFactory.getLogger("com.stepwise.base.ui.MainErrorHandler")).detachAppender(errors);
        signIn.signOut();
    }

    @Test
    void everyScreenAndDialogOpensWithoutAnErrorForAnAdministrator() {
        exploreEveryScreen();
    }

    @Test
    void everyScreenAndDialogOpensWithoutAnErrorForAClinician() {
        // A clinician of the demo clinic who is not an administrator (added here until the team screens exist).
        jdbc.update("""
                insert into clinician (clinic_id, email, display_name, password_hash, role, created_at)
                select ?, 'jo@riverside.example', 'Jo Clinician', '{noop}unused', 'CLINICIAN', current_timestamp
                where not exists (select 1 from clinician where email = 'jo@riverside.example')""",
                admin.clinicId());
        cleanVaadinEnvironment();
        signIn.signInAs((StepwiseUser) users.loadUserByUsername("jo@riverside.example"));
        super.initVaadinEnvironment();
        exploreEveryScreen();
    }

    private void exploreEveryScreen() {
        var addresses = addresses();
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).map(template -> template.replaceAll("\\(.*?\\)", "")).sorted().toList();
        assertThat(routes).as("the app's screens").contains("today", "clients/:id", "plans/:id");
        for (var template : routes) {
            if (!template.contains(":")) {
                explore(template);
                continue;
            }
            var concrete = addresses.get(template);
            assertThat(concrete).as("\"" + template + "\" is a new screen: give it an address in addresses()")
                    .isNotNull();
            concrete.get().forEach(this::explore);
        }
        for (var bad : List.of("clients/abc", "clients/1.5", "plans/abc", "plans/-1", "exercises/99999999999999999999",
                "nonexistent", "settings", "clients/12/extra")) {
            try {
                navigate(bad, NotFoundView.class);
            } catch (Throwable failure) {
                failures.add(bad + ": not the friendly not-found page: " + failure);
            }
        }
        assertThat(errors.list).as("errors the global error handler logged")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(failures).as("screens and dialogs that failed").isEmpty();
        assertThat(dateFields).as("date fields met, each checked to read dates day first")
                .contains("Date of birth", "Sheet starts on", "Date of the session", "Date");
    }

    /** Real addresses for every screen with an id in its address: each demo record of that kind. */
    private Map<String, Supplier<List<String>>> addresses() {
        var map = new LinkedHashMap<String, Supplier<List<String>>>();
        map.put("clients/:id", () -> clients.search(new ClientFilter(null, null), Pageable.unpaged()).stream()
                .map(c -> "clients/" + c.id()).toList());
        map.put("plans/:id", () -> clients.search(new ClientFilter(null, null), Pageable.unpaged()).stream()
                .flatMap(c -> plans.plansOf(c.id()).stream()).map(p -> "plans/" + p.id()).toList());
        map.put("exercises/:id", () -> java.util.stream.Stream.concat(
                exercises.search(ExerciseFilter.ALL, Pageable.ofSize(6)).stream(),
                exercises.search(ExerciseFilter.ALL, Pageable.unpaged()).stream().filter(e -> !e.builtIn()))
                .map(e -> "exercises/" + e.id()).distinct().toList());
        return map;
    }

    /**
     * Opens the screen, then each of its buttons in turn, and each button of a dialog that opens; then looks at the
     * screen again for buttons an earlier click brought (issuing a client's link brings "Revoke…"), until none is
     * new.
     */
    private void explore(String address) {
        var template = address.replaceAll("/\\d+", "/:id");
        boolean newButtons = true;
        while (newButtons && open(address, List.of())) {
            newButtons = false;
            // By label, not by place: a click that writes adds buttons to the page, which would shift every later
            // place onto another button and leave some never clicked.
            for (var button : buttonLabels(null)) {
                if (!explored.add(template + " › " + button)) {
                    continue;
                }
                newButtons = true;
                if (!open(address, List.of(button))) {
                    continue;
                }
                var dialog = openDialog();
                if (dialog == null) {
                    continue;
                }
                for (var inDialog : buttonLabels(dialog)) {
                    open(address, List.of(button, inDialog));
                }
            }
        }
    }

    /**
     * Opens the address and clicks along the path (a button of the page, then one of the dialog it opened), each the
     * first button with that label; false if one is no longer there.
     */
    private boolean open(String address, List<String> path) {
        var where = new StringBuilder(address);
        try {
            // Dialogs belong to the UI, not the screen: close what an earlier click left open.
            find(Dialog.class).all().forEach(Dialog::close);
            navigate(address, Component.class);
            roundTrip();
            Component scope = null;
            for (var step : path) {
                var button = clickable(scope).stream().filter(b -> label(b).equals(step)).findFirst().orElse(null);
                if (button == null) {
                    return false;
                }
                where.append(" › ").append(step);
                test(button).click();
                roundTrip();
                scope = openDialog();
            }
        } catch (Throwable failure) {
            failures.add(where + ": " + failure);
            return false;
        }
        for (var date : find(DatePicker.class).all()) {
            dateFields.add(date.getLabel());
            var i18n = date.getI18n();
            if (i18n == null || !"d.M.yyyy".equals(i18n.getDateFormats().getFirst()) || i18n.getFirstDayOfWeek() != 1) {
                failures.add(where + ": the date field \"" + date.getLabel() + "\" takes the browser's date order "
                        + "(month first in an American browser) instead of day first, as everywhere else");
            }
        }
        var generic = find(Notification.class).all().stream()
                .filter(n -> ShownText.of(n).contains("Something went wrong")).toList();
        if (!generic.isEmpty()) {
            failures.add(where + ": " + ShownText.of(generic.getFirst()));
        }
        return true;
    }

    private Dialog openDialog() {
        var dialogs = find(Dialog.class).all().stream().filter(Dialog::isOpened).toList();
        return dialogs.isEmpty() ? null : dialogs.getLast();
    }

    private List<Button> clickable(Component scope) {
        var query = scope == null ? find(Button.class) : find(Button.class, scope);
        return query.all().stream().filter(Button::isEnabled).filter(b -> !NOT_CLICKED.contains(label(b))).toList();
    }

    private List<String> buttonLabels(Component scope) {
        return clickable(scope).stream().map(EveryScreenTest::label).distinct().toList();
    }

    private static String label(Button button) {
        var text = button.getText();
        var aria = button.getElement().getAttribute("aria-label");
        return text != null && !text.isBlank() ? text : aria != null ? aria : "(icon button)";
    }
}
