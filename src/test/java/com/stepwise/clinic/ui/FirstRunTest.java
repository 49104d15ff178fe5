package com.stepwise.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.FirstRunSetup;
import com.stepwise.base.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production jar on an empty database: every page leads to the first-run setup, which creates the clinic and
 * its administrator once and never again. Uses a database of its own, empty at the start.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class FirstRunTest extends SpringBrowserlessTest {

    @Autowired
    ClinicService clinics;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void anEmptyInstallationCreatesItsClinicAndAdministratorOnce() {
        assertThat(clinics.isSetUp()).isFalse();
        // Asking for the login page on an empty installation lands on the setup.
        var setup = navigate("login", SetupView.class);

        test(setup.clinicName).setValue("Harbour Physio");
        test(setup.displayName).setValue("Alex Morgan");
        test(setup.email).setValue("Alex@Harbour.test");
        test(setup.password).setValue("a-long-password");
        test(setup.repeat).setValue("a-different-one");
        test(find(Button.class).withText("Create clinic").single()).click();
        assertThat(setup.problem.getText()).isEqualTo("The two passwords are not the same. Type them again.");
        assertThat(clinics.isSetUp()).isFalse();

        test(setup.repeat).setValue("a-long-password");
        test(find(Button.class).withText("Create clinic").single()).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(clinics.isSetUp()).isTrue();
        var admin = (StepwiseUser) users.loadUserByUsername("alex@harbour.test");
        assertThat(admin.clinicName()).isEqualTo("Harbour Physio");
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.getPassword()).as("hashed with Argon2id").startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(passwordEncoder.matches("a-long-password", admin.getPassword())).isTrue();

        assertThatThrownBy(() -> clinics.setUp(new FirstRunSetup("Intruder Clinic", "Eve", "eve@example.org",
                "another-long-password"))).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already set up");
        assertThat(navigate("setup", LoginView.class)).as("the setup screen is closed once a clinic exists")
                .isNotNull();
    }
}
