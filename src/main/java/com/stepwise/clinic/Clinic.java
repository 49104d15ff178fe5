package com.stepwise.clinic;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "clinic")
class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accent_colour", nullable = false, length = 7)
    private String accentColour = "#0f6f74";

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "footer_message", length = 300)
    private String footerMessage;

    @Enumerated(EnumType.STRING)
    @Column(name = "paper_size", nullable = false, length = 10)
    private PaperSize paperSize = PaperSize.A4;

    @Column(name = "handout_language", nullable = false, length = 10)
    private String handoutLanguage = "en";

    @Enumerated(EnumType.STRING)
    @Column(name = "numerals", nullable = false, length = 20)
    private Numerals numerals = Numerals.WESTERN;

    protected Clinic() {
    }

    Clinic(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    void rebrand(BrandingDraft draft) {
        this.name = Normalizer.normalize(draft.getName().strip(), Normalizer.Form.NFC);
        this.accentColour = draft.getAccentColour().toLowerCase(java.util.Locale.ROOT);
        this.address = blankToNull(draft.getAddress());
        this.phone = blankToNull(draft.getPhone());
        this.email = blankToNull(draft.getEmail());
        this.website = blankToNull(draft.getWebsite());
        this.footerMessage = blankToNull(draft.getFooterMessage());
        this.paperSize = draft.getPaperSize();
        this.handoutLanguage = draft.getHandoutLanguage().code();
        this.numerals = draft.getNumerals();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    ClinicBranding branding(boolean hasLogo) {
        return new ClinicBranding(id, version, name, accentColour, address, phone, email, website, footerMessage,
                paperSize, Language.of(handoutLanguage), numerals, hasLogo);
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Clinic other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
