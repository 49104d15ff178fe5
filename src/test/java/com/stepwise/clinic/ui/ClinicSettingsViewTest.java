package com.stepwise.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.TestImages;
import com.stepwise.base.ui.ShownText;
import com.stepwise.clinic.ClinicService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clinic settings screen: the preview follows the fields, bad input is explained, a bad logo is refused. */
@IntegrationTest
class ClinicSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    TestClinics signIn;
    @Autowired
    ClinicService clinics;

    /** Signs in before the base class builds the Vaadin environment, so the mock request carries the user. */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        signIn.atNewClinic();
        super.initVaadinEnvironment();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void thePreviewShowsTheHeaderAsHandoutsWillPrintIt() {
        var settings = navigate(ClinicSettingsView.class);
        test(settings.name).setValue("Riverside Physiotherapy");
        test(settings.phone).setValue("+44 20 7946 0000");
        test(settings.accentColour).setValue("#1a5e9a");

        assertThat(ShownText.of(settings.preview)).contains("Riverside Physiotherapy")
                .contains("+44 20 7946 0000");
        test(find(Button.class).withText("Save settings").single()).click();
        assertThat(clinics.branding().accentColour()).isEqualTo("#1a5e9a");
    }

    @Test
    void aColourThatIsNotOneSaysHowToWriteIt() {
        var settings = navigate(ClinicSettingsView.class);
        test(settings.accentColour).setValue("teal");
        test(find(Button.class).withText("Save settings").single()).click();
        assertThat(settings.accentColour.getErrorMessage()).contains("six hex digits");
        assertThat(find(Div.class).withClassName("editor-problem").single().isVisible()).isTrue();
    }

    @Test
    void anUploadThatIsNotAPictureIsRefusedAndARealLogoIsShown() {
        var settings = navigate(ClinicSettingsView.class);
        test(settings.logoUpload).upload("logo.png", "image/png", "<svg/>".getBytes());
        assertThat(settings.logoProblem.getText()).contains("Only PNG and JPEG");
        assertThat(clinics.branding().hasLogo()).isFalse();

        test(settings.logoUpload).upload("logo.png", "image/png", TestImages.png(240, 80));
        assertThat(clinics.branding().hasLogo()).isTrue();
        assertThat(settings.removeLogo.isVisible()).isTrue();
    }
}
