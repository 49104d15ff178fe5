package com.stepwise.client;

import com.stepwise.base.OptionalEmail;
import com.stepwise.base.PhoneNumber;
import com.stepwise.base.i18n.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a clinician fills in for a client; the messages are the ones shown next to each field. */
public class ClientDraft {

    @NotBlank(message = "Enter the client's first name.")
    @Size(max = 80, message = "Keep the first name under 80 characters.")
    private String firstName = "";

    @NotBlank(message = "Enter the client's last name.")
    @Size(max = 80, message = "Keep the last name under 80 characters.")
    private String lastName = "";

    @NotNull(message = "Enter the client's date of birth.")
    @Past(message = "The date of birth must be in the past.")
    private LocalDate dateOfBirth;

    @PhoneNumber
    private String phone = "";

    @OptionalEmail
    private String email = "";

    @Size(max = 500, message = "Keep the main complaint under 500 characters.")
    private String mainComplaint = "";

    @Size(max = 4000, message = "Keep the notes under 4,000 characters.")
    private String clinicianNotes = "";

    private boolean cannotGetToFloor;

    private boolean prefersLargePrint;

    /** The language of this client's handouts; null means the clinic's language. */
    private Language handoutLanguage;

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /** A date of birth in 1800 is a typing slip, not a 226-year-old client. */
    @AssertTrue(message = "Check the date of birth: it is more than 120 years ago.")
    public boolean isDateOfBirthPlausible() {
        return dateOfBirth == null || dateOfBirth.isAfter(LocalDate.now().minusYears(120));
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
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

    public String getMainComplaint() {
        return mainComplaint;
    }

    public void setMainComplaint(String mainComplaint) {
        this.mainComplaint = mainComplaint;
    }

    public String getClinicianNotes() {
        return clinicianNotes;
    }

    public void setClinicianNotes(String clinicianNotes) {
        this.clinicianNotes = clinicianNotes;
    }

    public boolean isCannotGetToFloor() {
        return cannotGetToFloor;
    }

    public void setCannotGetToFloor(boolean cannotGetToFloor) {
        this.cannotGetToFloor = cannotGetToFloor;
    }

    public boolean isPrefersLargePrint() {
        return prefersLargePrint;
    }

    public void setPrefersLargePrint(boolean prefersLargePrint) {
        this.prefersLargePrint = prefersLargePrint;
    }

    public Language getHandoutLanguage() {
        return handoutLanguage;
    }

    public void setHandoutLanguage(Language handoutLanguage) {
        this.handoutLanguage = handoutLanguage;
    }

    static ClientDraft of(ClientDetails client) {
        var draft = new ClientDraft();
        draft.firstName = client.firstName();
        draft.lastName = client.lastName();
        draft.dateOfBirth = client.dateOfBirth();
        draft.phone = client.phone() == null ? "" : client.phone();
        draft.email = client.email() == null ? "" : client.email();
        draft.mainComplaint = client.mainComplaint() == null ? "" : client.mainComplaint();
        draft.clinicianNotes = client.clinicianNotes() == null ? "" : client.clinicianNotes();
        draft.cannotGetToFloor = client.cannotGetToFloor();
        draft.prefersLargePrint = client.prefersLargePrint();
        draft.handoutLanguage = client.handoutLanguage();
        return draft;
    }
}
