package com.stepwise.client.ui;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.ui.Fields;
import com.stepwise.client.ClientDraft;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;

/** The one form for a client's record; each field shows the draft's own message when something is off. */
class ClientForm extends FormLayout {

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final DatePicker dateOfBirth = Fields.date("Date of birth", "The date of birth must be in the past.");
    final TextField phone = new TextField("Phone");
    final EmailField email = new EmailField("E-mail");
    final TextArea mainComplaint = new TextArea("Main complaint");
    final TextArea clinicianNotes = new TextArea("Clinician notes");
    final Checkbox cannotGetToFloor = new Checkbox("Cannot get down to the floor");
    final Checkbox prefersLargePrint = new Checkbox("Prefers large print on handouts");
    final Select<Language> handoutLanguage = new Select<>();

    private final Binder<ClientDraft> binder = new BeanValidationBinder<>(ClientDraft.class);

    ClientForm() {
        addClassName("form-card");
        for (var required : List.of(firstName, lastName)) {
            required.setRequiredIndicatorVisible(true);
        }
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMax(LocalDate.now());
        dateOfBirth.setPlaceholder("e.g. 14.3.1958");
        phone.setHelperText("Digits, spaces, +, brackets or dashes.");
        mainComplaint.setPlaceholder("e.g. Low back pain for 6 weeks after lifting");
        clinicianNotes.setHelperText("For clinicians only; never printed on a handout.");
        cannotGetToFloor.setTooltipText("The plan builder then flags exercises that need the floor.");
        handoutLanguage.setLabel("Handout language");
        handoutLanguage.setItems(Language.values());
        handoutLanguage.setEmptySelectionAllowed(true);
        handoutLanguage.setEmptySelectionCaption("The clinic's language");
        handoutLanguage.setItemLabelGenerator(language -> language == null ? "The clinic's language"
                : language.label());
        handoutLanguage.setHelperText("What the client's handouts print in.");

        binder.bindInstanceFields(this);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
        add(firstName, lastName, dateOfBirth, phone, email);
        add(mainComplaint, 2);
        add(clinicianNotes, 2);
        add(handoutLanguage);
        add(cannotGetToFloor, prefersLargePrint);
    }

    void edit(ClientDraft draft) {
        binder.setBean(draft);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    ClientDraft draft() {
        return binder.getBean();
    }
}
