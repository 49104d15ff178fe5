package com.stepwise.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stepwise.IntegrationTest;
import com.stepwise.TestClinics;
import com.stepwise.TestImages;
import com.stepwise.base.ConcurrentEditException;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.security.StepwiseUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A clinic's branding: administrators only, checked input, no silent overwrite, and a logo that is a real picture. */
@IntegrationTest
class ClinicBrandingTest {

    @Autowired
    ClinicService clinics;
    @Autowired
    TestClinics signIn;

    StepwiseUser admin;

    @BeforeEach
    void administratorOfANewClinic() {
        admin = signIn.atNewClinic();
    }

    @AfterEach
    void signOut() {
        signIn.signOut();
    }

    @Test
    void anAdministratorSetsTheHandoutsLookAndContactDetails() {
        var draft = clinics.brandingDraft();
        draft.setName("Riverside Physiotherapy");
        draft.setAccentColour("#1A5E9A");
        draft.setPhone("+44 20 7946 0000");
        draft.setEmail("hello@riverside.example");
        draft.setWebsite("www.riverside.example");
        draft.setFooterMessage("Questions? Call us between 8:00 and 18:00.");
        draft.setPaperSize(PaperSize.LETTER);
        var saved = clinics.updateBranding(clinics.branding().version(), draft);

        assertThat(saved.name()).isEqualTo("Riverside Physiotherapy");
        assertThat(saved.accentColour()).isEqualTo("#1a5e9a");
        assertThat(saved.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(clinics.branding().footerMessage()).isEqualTo("Questions? Call us between 8:00 and 18:00.");
    }

    @Test
    void refusesWhatAHandoutCouldNotPrintInPlainWords() {
        var draft = clinics.brandingDraft();
        draft.setAccentColour("teal");
        assertThatThrownBy(() -> clinics.updateBranding(clinics.branding().version(), draft))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("six hex digits");
        var noName = clinics.brandingDraft();
        noName.setName(" ");
        assertThatThrownBy(() -> clinics.updateBranding(clinics.branding().version(), noName))
                .hasMessage("Enter the clinic's name as clients should see it.");
    }

    @Test
    void aSecondAdministratorsStaleSaveIsRefused() {
        long opened = clinics.branding().version();
        var first = clinics.brandingDraft();
        first.setPhone("01234 567890");
        clinics.updateBranding(opened, first);
        var second = clinics.brandingDraft();
        second.setPhone("09876 543210");
        assertThatThrownBy(() -> clinics.updateBranding(opened, second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(clinics.branding().phone()).isEqualTo("01234 567890");
    }

    @Test
    void onlyAdministratorsChangeTheBranding() {
        signIn.asNonAdminColleagueOf(admin);
        assertThat(clinics.branding().clinicId()).isEqualTo(admin.clinicId());
        assertThatThrownBy(() -> clinics.updateBranding(0, new BrandingDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clinics.uploadLogo(TestImages.png(100, 40))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepsARealLogoAndRefusesEverythingElse() {
        clinics.uploadLogo(TestImages.png(300, 120));
        assertThat(clinics.branding().hasLogo()).isTrue();
        assertThat(clinics.logo()).hasValueSatisfying(logo -> assertThat(logo.width()).isEqualTo(300));

        byte[] broken = Arrays.copyOf(TestImages.png(100, 100), 40);
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        byte[] textNamedPng = "not a picture".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> clinics.uploadLogo(broken)).hasMessageContaining("could not be read");
        assertThatThrownBy(() -> clinics.uploadLogo(svg)).hasMessageContaining("Only PNG and JPEG");
        assertThatThrownBy(() -> clinics.uploadLogo(TestImages.png(4500, 300))).hasMessageContaining("pixels");
        assertThatThrownBy(() -> clinics.uploadLogo(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> clinics.uploadLogo(textNamedPng)).hasMessageContaining("Only PNG and JPEG");
        assertThat(clinics.logo()).as("the good logo is kept").hasValueSatisfying(l -> assertThat(l.width())
                .isEqualTo(300));

        clinics.removeLogo();
        assertThat(clinics.branding().hasLogo()).isFalse();
    }
}
