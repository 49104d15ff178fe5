package com.stepwise.exercise.ui;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.ui.Badge;
import com.stepwise.base.ui.FormDialog;
import com.stepwise.base.ui.Notifications;
import com.stepwise.clinic.ClinicService;
import com.stepwise.exercise.ExerciseDetailSection;
import com.stepwise.exercise.ExerciseDetails;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.ExerciseWording;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Arrays;
import java.util.List;

/**
 * "Handout languages" on an exercise's page: a clinic's own exercise is written in the clinic's language; for each
 * other language a clinician can enter its name, purpose, steps and cautions, so clients reading that language get
 * it in their own words. Without one, their handout prints it in the clinic's language and says so.
 */
@SpringComponent
class TranslationsSection implements ExerciseDetailSection {

    private final ExerciseService exercises;
    private final ClinicService clinics;

    TranslationsSection(ExerciseService exercises, ClinicService clinics) {
        this.exercises = exercises;
        this.clinics = clinics;
    }

    @Override
    public Component create(ExerciseDetails exercise) {
        var section = new Section();
        section.addClassNames("detail-section", "translations");
        fill(section, exercise);
        return section;
    }

    private void fill(Section section, ExerciseDetails exercise) {
        section.removeAll();
        section.add(new com.vaadin.flow.component.html.H2("Handout languages"));
        if (exercise.builtIn()) {
            section.add(new Paragraph("Built-in exercises print in every handout language ("
                    + String.join(", ", Arrays.stream(Language.values()).map(Language::englishName).toList())
                    + ")."));
            return;
        }
        var clinicLanguage = clinics.branding().handoutLanguage();
        section.add(new Paragraph("Written in " + clinicLanguage.englishName() + ", your clinic's language. Clients "
                + "whose handouts print in another language read it in theirs once you add it here."));
        var translations = exercises.translationsOf(exercise.id());
        for (var language : Language.values()) {
            if (language == clinicLanguage) {
                continue;
            }
            var translation = translations.get(language);
            var row = new Div(new Span(language.label()),
                    translation == null ? new Badge("Not yet: prints in " + clinicLanguage.englishName(),
                            Badge.Tone.WARNING) : new Badge("Translated", Badge.Tone.SUCCESS));
            var edit = new Button(translation == null ? "Add" : "Edit",
                    e -> dialog(section, exercise, language, translation).open());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel((translation == null ? "Add " : "Edit ") + language.englishName() + " wording");
            row.add(edit);
            row.addClassName("edge");
            section.add(row);
        }
    }

    private FormDialog dialog(Section section, ExerciseDetails exercise, Language language,
                              ExerciseWording existing) {
        var name = new TextField("Name in " + language.englishName());
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        var purpose = new TextArea("Purpose");
        purpose.setMaxLength(500);
        var steps = new TextArea("Steps, one per line");
        steps.setRequiredIndicatorVisible(true);
        steps.setHelperText("In English: " + exercise.steps().size() + " steps.");
        var cautions = new TextArea("Cautions, one per line");
        for (var field : List.of(name, purpose, steps, cautions)) {
            field.setWidthFull();
            if (language.rightToLeft()) {
                field.getElement().setAttribute("dir", "rtl");
            }
        }
        if (existing != null) {
            name.setValue(existing.name());
            purpose.setValue(existing.purpose());
            steps.setValue(String.join("\n", existing.steps()));
            cautions.setValue(String.join("\n", existing.cautions()));
        }
        var dialog = new FormDialog(exercise.name() + " in " + language.englishName(), "Save", ButtonVariant.LUMO_PRIMARY,
                () -> {
                    exercises.saveTranslation(exercise.id(), language, new ExerciseWording(name.getValue(),
                            purpose.getValue(), List.of(steps.getValue()), List.of(cautions.getValue())));
                    Notifications.success(exercise.name() + " now prints in " + language.englishName() + ".");
                    fill(section, exercise);
                }, name, purpose, steps, cautions);
        dialog.setWidth("min(44rem, 95vw)");
        return dialog;
    }
}
