package com.stepwise.clinic;

import com.stepwise.base.Contrast;
import com.stepwise.base.OptionalEmail;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import jakarta.validation.constraints.AssertTrue;
import com.stepwise.base.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The clinic settings form; the messages are the ones an administrator reads next to each field. */
public class BrandingDraft {

    @NotBlank(message = "Enter the clinic's name as clients should see it.")
    @Size(max = 120, message = "Keep the clinic's name under 120 characters.")
    private String name = "";

    @NotNull(message = "Choose an accent colour.")
    @Pattern(regexp = "^#[0-9a-fA-F]{6}$", message = "Enter the colour as # and six hex digits, e.g. #0f6f74.")
    private String accentColour = "#0f6f74";

    @Size(max = 300, message = "Keep the address under 300 characters.")
    private String address = "";

    @PhoneNumber
    private String phone = "";

    @OptionalEmail
    private String email = "";

    @Size(max = 200, message = "Keep the website under 200 characters.")
    @Pattern(regexp = "^$|^[^\\s]+\\.[^\\s]+$", message = "Enter a web address such as www.riverside-physio.example.")
    private String website = "";

    @Size(max = 300, message = "Keep the footer message under 300 characters.")
    private String footerMessage = "";

    @NotNull(message = "Choose the paper you print on.")
    private PaperSize paperSize = PaperSize.A4;

    @NotNull(message = "Choose the language handouts print in.")
    private Language handoutLanguage = Language.ENGLISH;

    @NotNull(message = "Choose the digits for Arabic handouts.")
    private Numerals numerals = Numerals.WESTERN;

    /** Text in the accent colour (names, doses, the drawings) must be readable on white paper, by older eyes too. */
    @AssertTrue(message = "This colour is too pale to read on white paper. Choose a darker shade.")
    public boolean isAccentReadable() {
        return accentColour == null || !accentColour.matches("^#[0-9a-fA-F]{6}$")
                || Contrast.againstWhite(java.awt.Color.decode(accentColour)) >= Contrast.MINIMUM_FOR_TEXT;
    }

    /** "Try #8a7a00": the same hue dark enough to read, offered when a colour is too pale. */
    public String readableAccentSuggestion() {
        return Contrast.hex(Contrast.readableOnWhite(java.awt.Color.decode(accentColour)));
    }

    static BrandingDraft of(ClinicBranding branding) {
        var draft = new BrandingDraft();
        draft.name = branding.name();
        draft.accentColour = branding.accentColour();
        draft.address = nullToEmpty(branding.address());
        draft.phone = nullToEmpty(branding.phone());
        draft.email = nullToEmpty(branding.email());
        draft.website = nullToEmpty(branding.website());
        draft.footerMessage = nullToEmpty(branding.footerMessage());
        draft.paperSize = branding.paperSize();
        draft.handoutLanguage = branding.handoutLanguage();
        draft.numerals = branding.numerals();
        return draft;
    }

    public Language getHandoutLanguage() {
        return handoutLanguage;
    }

    public void setHandoutLanguage(Language handoutLanguage) {
        this.handoutLanguage = handoutLanguage;
    }

    public Numerals getNumerals() {
        return numerals;
    }

    public void setNumerals(Numerals numerals) {
        this.numerals = numerals;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAccentColour() {
        return accentColour;
    }

    public void setAccentColour(String accentColour) {
        this.accentColour = accentColour;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getFooterMessage() {
        return footerMessage;
    }

    public void setFooterMessage(String footerMessage) {
        this.footerMessage = footerMessage;
    }

    public PaperSize getPaperSize() {
        return paperSize;
    }

    public void setPaperSize(PaperSize paperSize) {
        this.paperSize = paperSize;
    }
}
