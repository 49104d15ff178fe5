package com.stepwise.clinic.ui;

import com.stepwise.base.Contrast;
import com.stepwise.base.UploadedImage;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import com.stepwise.base.UserFacingException;
import com.stepwise.base.ui.EditorView;
import com.stepwise.base.ui.Notifications;
import com.stepwise.clinic.BrandingDraft;
import com.stepwise.clinic.ClinicService;
import com.stepwise.clinic.PaperSize;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;

/**
 * The clinic's branding, for administrators: name, contact details, accent colour, footer, paper size and logo,
 * with a preview of the handout header as clients will see it.
 */
@Route("settings/clinic")
@Menu(order = 90, title = "Clinic settings", icon = "vaadin:cog")
@RolesAllowed("ADMIN")
class ClinicSettingsView extends EditorView implements BeforeEnterObserver {

    private final ClinicService clinics;
    final TextField name = new TextField("Clinic name");
    final TextField accentColour = new TextField("Accent colour");
    final TextArea address = new TextArea("Address");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("E-mail");
    final TextField website = new TextField("Website");
    final TextField footerMessage = new TextField("Footer message");
    final Select<PaperSize> paperSize = new Select<>();
    final Select<Language> handoutLanguage = new Select<>();
    final Select<Numerals> numerals = new Select<>();
    final Div colourNote = new Div();
    final Upload logoUpload = new Upload(UploadHandler.inMemory(this::logoReceived));
    final Button removeLogo = new Button("Remove logo", e -> removeLogo());
    final Div logoProblem = new Div();
    final Div preview = new Div();
    private final Binder<BrandingDraft> binder = new BeanValidationBinder<>(BrandingDraft.class);
    private long openedVersion;
    private boolean hasLogo;
    private long logoStamp;

    ClinicSettingsView(ClinicService clinics) {
        super("Save settings");
        this.clinics = clinics;
        addClassName("clinic-settings-view");

        name.setRequiredIndicatorVisible(true);
        accentColour.setHelperText("Used for names, doses and drawings on handouts, e.g. #0f6f74. It must be dark "
                + "enough to read on white paper.");
        phone.setHelperText("Needed before handouts print: the stop-and-call box tells clients to call it.");
        phone.setRequiredIndicatorVisible(true);
        accentColour.setMaxLength(7);
        address.setMaxLength(300);
        footerMessage.setPlaceholder("e.g. Questions? Call us between 8:00 and 18:00.");
        paperSize.setLabel("Paper size");
        paperSize.setItems(PaperSize.values());
        paperSize.setItemLabelGenerator(PaperSize::label);
        handoutLanguage.setLabel("Handout language");
        handoutLanguage.setItems(Language.values());
        handoutLanguage.setItemLabelGenerator(Language::label);
        handoutLanguage.setHelperText("For clients without a language of their own. Your own exercises are "
                + "written in it.");
        numerals.setLabel("Digits in Arabic handouts");
        numerals.setItems(Numerals.values());
        numerals.setItemLabelGenerator(Numerals::label);
        colourNote.addClassName("form-problem");
        colourNote.setVisible(false);
        for (var field : new TextField[] {name, accentColour, phone, website, footerMessage}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refreshPreview());
        }
        address.addValueChangeListener(e -> refreshPreview());
        email.addValueChangeListener(e -> refreshPreview());
        binder.bindInstanceFields(this);

        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        logoUpload.setMaxFileSize((int) UploadedImage.MAX_BYTES);
        logoUpload.setMaxFiles(1);
        logoUpload.setDropLabel(new Span("Logo: PNG or JPEG, up to 2 MB"));
        logoUpload.addFileRejectedListener(e -> showLogoProblem(e.getFileName() + " was not accepted: only PNG or "
                + "JPEG pictures of up to 2 MB can be used."));
        removeLogo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logoProblem.addClassName("form-problem");
        logoProblem.setVisible(false);
        preview.addClassName("handout-header-preview");

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.add(name, accentColour);
        form.add(address, 2);
        form.add(colourNote, 2);
        form.add(phone, email, website, paperSize);
        form.add(handoutLanguage, numerals);
        form.add(footerMessage, 2);
        form.add(logoUpload, 2);
        form.add(logoProblem, 2);
        form.add(removeLogo);
        form.addClassName("form-card");
        var previewSection = new Div(new H2("Handout header preview"), preview);
        previewSection.addClassName("detail-section");
        setForm(new Div(form, previewSection));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var branding = clinics.branding();
        openedVersion = branding.version();
        hasLogo = branding.hasLogo();
        binder.setBean(clinics.brandingDraft());
        setHeading("Clinic settings", "How handouts look, and how clients reach you.");
        refreshPreview();
    }

    @Override
    protected void save() {
        clearProblem();
        if (!binder.validate().isOk()) {
            showProblem("Some fields need attention; each one says what to change.");
            return;
        }
        try {
            var saved = clinics.updateBranding(openedVersion, binder.getBean());
            openedVersion = saved.version();
            Notifications.success("Saved the clinic settings. New handouts use them from now on.");
        } catch (UserFacingException refused) {
            showProblem(refused.getMessage());
        }
    }

    @Override
    protected void cancel() {
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /** Runs when the upload arrives: checked by the service, which keeps it only if it is a real picture. */
    private void logoReceived(UploadMetadata metadata, byte[] data) {
        UI.getCurrent().access(() -> {
            logoUpload.clearFileList();
            try {
                clinics.uploadLogo(data);
                hasLogo = true;
                logoStamp = System.nanoTime();
                logoProblem.setVisible(false);
                Notifications.success("The new logo is saved.");
            } catch (UserFacingException refused) {
                showLogoProblem(refused.getMessage());
            }
            refreshPreview();
        });
    }

    private void removeLogo() {
        clinics.removeLogo();
        hasLogo = false;
        refreshPreview();
    }

    private void showLogoProblem(String message) {
        logoProblem.setText(message);
        logoProblem.setVisible(true);
    }

    /**
     * The header as the handout will print it: logo, name in the accent colour, contact details. A colour too pale to
     * read on paper is shown as handouts print it, darkened, and the form says so.
     */
    private void refreshPreview() {
        preview.removeAll();
        String typed = accentColour.getValue() != null && accentColour.getValue().matches("^#[0-9a-fA-F]{6}$")
                ? accentColour.getValue() : "#0f6f74";
        String colour = Contrast.hex(Contrast.readableOnWhite(java.awt.Color.decode(typed)));
        colourNote.setVisible(!colour.equalsIgnoreCase(typed));
        colourNote.setText(colour.equalsIgnoreCase(typed) ? "" : ClinicService.paleColour(typed)
                + " Until you choose one, handouts print it as " + colour + ".");
        if (hasLogo) {
            var logo = new Image("clinic-logo?v=" + logoStamp, "Clinic logo");
            logo.addClassName("preview-logo");
            preview.add(logo);
        }
        var clinicName = new Span(name.getValue());
        clinicName.addClassName("preview-name");
        clinicName.getStyle().set("color", colour);
        var contact = new Span(String.join(" · ", java.util.stream.Stream.of(address.getValue(), phone.getValue(),
                email.getValue(), website.getValue()).filter(v -> v != null && !v.isBlank())
                .map(v -> v.replace('\n', ',')).toList()));
        contact.addClassName("preview-contact");
        var text = new Div(clinicName, contact);
        text.addClassName("preview-text");
        preview.add(text);
        preview.getStyle().set("border-bottom-color", colour);
        removeLogo.setVisible(hasLogo);
    }
}
