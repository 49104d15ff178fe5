package com.stepwise.client;

import com.stepwise.base.SearchKey;
import com.stepwise.base.i18n.Language;
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
import java.time.LocalDate;
import java.util.Objects;

/** A client (patient) of one clinic. Never deleted: archived when no longer seen, and kept with its history. */
@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_name_key", nullable = false, length = 80)
    private String firstNameKey;

    @Column(name = "last_name_key", nullable = false, length = 80)
    private String lastNameKey;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "main_complaint", length = 500)
    private String mainComplaint;

    @Column(name = "clinician_notes", length = 4000)
    private String clinicianNotes;

    @Column(name = "cannot_get_to_floor", nullable = false)
    private boolean cannotGetToFloor;

    @Column(name = "prefers_large_print", nullable = false)
    private boolean prefersLargePrint;

    /** The language code of the client's handouts, or null for the clinic's language. */
    @Column(name = "handout_language", length = 5)
    private String handoutLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Client() {
    }

    Client(long clinicId, Instant now) {
        this.clinicId = clinicId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    ClientNamed named() {
        return new ClientNamed(clinicId, id, firstName + " " + lastName);
    }

    void apply(ClientDraft draft, Instant now) {
        // Composed form, so a name typed with separate accents prints, sorts and searches as the same name.
        this.firstName = composed(draft.getFirstName().strip());
        this.lastName = composed(draft.getLastName().strip());
        this.firstNameKey = SearchKey.stored(firstName);
        this.lastNameKey = SearchKey.stored(lastName);
        this.dateOfBirth = draft.getDateOfBirth();
        this.phone = blankToNull(draft.getPhone());
        this.email = blankToNull(draft.getEmail());
        this.mainComplaint = composed(blankToNull(draft.getMainComplaint()));
        this.clinicianNotes = composed(blankToNull(draft.getClinicianNotes()));
        this.cannotGetToFloor = draft.isCannotGetToFloor();
        this.prefersLargePrint = draft.isPrefersLargePrint();
        this.handoutLanguage = draft.getHandoutLanguage() == null ? null : draft.getHandoutLanguage().code();
        this.updatedAt = now;
    }

    void changeStatus(ClientStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    private static String composed(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    ClientDetails details() {
        return new ClientDetails(id, version, firstName, lastName, dateOfBirth, phone, email, mainComplaint,
                clinicianNotes, cannotGetToFloor, prefersLargePrint,
                handoutLanguage == null ? null : Language.of(handoutLanguage), status);
    }

    ClientSummary summary() {
        return new ClientSummary(id, firstName, lastName, dateOfBirth, phone, mainComplaint, cannotGetToFloor,
                prefersLargePrint, status);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    ClientStatus getStatus() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Client other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
