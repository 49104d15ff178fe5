package com.stepwise.exercise.ui;

import com.stepwise.base.UploadedImage;
import com.stepwise.base.UserFacingException;
import com.stepwise.exercise.DoseFields;
import com.stepwise.exercise.Equipment;
import com.stepwise.exercise.ExerciseDraft;
import com.stepwise.exercise.ExerciseIllustrations;
import com.stepwise.exercise.ExerciseRef;
import com.stepwise.exercise.ExerciseService;
import com.stepwise.exercise.HoldUnit;
import com.stepwise.exercise.Sides;
import com.stepwise.exercise.StartingPosition;
import com.stepwise.exercise.TargetArea;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one form for a clinic's own exercise; its binder shows the draft's own messages next to each field. */
class ExerciseForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextArea purpose = new TextArea("What it is for");
    final ComboBox<StartingPosition> startingPosition = new ComboBox<>("Starting position");
    final TextField positionDetail = new TextField("Position detail");
    final Checkbox floorRequired = new Checkbox("The client gets down to the floor");
    final CheckboxGroup<TargetArea> targetAreas = new CheckboxGroup<>("Works on");
    final CheckboxGroup<Equipment> equipment = new CheckboxGroup<>("Equipment");
    final TextArea steps = new TextArea("Steps, one per line");
    final TextArea cautions = new TextArea("Cautions, one per line");
    // The dose's fields are shared with the prescription dialog; named here so the binder finds them.
    private final DoseFields dose = new DoseFields();
    final IntegerField sets = dose.sets;
    final IntegerField repetitions = dose.repetitions;
    final IntegerField hold = dose.hold;
    final IntegerField holdMax = dose.holdMax;
    final Select<HoldUnit> holdUnit = dose.holdUnit;
    final Select<Sides> sides = dose.sides;
    final IntegerField timesPerDay = dose.timesPerDay;
    final IntegerField daysPerWeek = dose.daysPerWeek;
    final Select<String> illustration = new Select<>();
    final ComboBox<ExerciseRef> easier = new ComboBox<>("Easier variation");
    final ComboBox<ExerciseRef> harder = new ComboBox<>("Harder variation");
    final Upload photoUpload = new Upload(UploadHandler.inMemory(this::photoReceived));
    final Button removePhoto = new Button("Use the drawing instead", e -> removePhoto());
    final Div photoProblem = new Div();
    private final Div preview = new Div();
    private String currentPhotoUrl;

    private final Binder<ExerciseDraft> binder = new BeanValidationBinder<>(ExerciseDraft.class);

    ExerciseForm(ExerciseService exercises, ExerciseIllustrations illustrations) {
        addClassName("form-card");
        for (var required : List.of(name, purpose, steps)) {
            required.setRequiredIndicatorVisible(true);
        }
        name.setMaxLength(120);
        purpose.setMaxLength(500);
        purpose.setHelperText("One sentence a physio would say to a colleague.");
        positionDetail.setPlaceholder("e.g. knees bent, feet flat");
        startingPosition.setItems(StartingPosition.values());
        startingPosition.setItemLabelGenerator(StartingPosition::label);
        targetAreas.setItems(TargetArea.values());
        targetAreas.setItemLabelGenerator(TargetArea::label);
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(Equipment::label);
        steps.setHelperText("Each line becomes a numbered step on the handout. At most 12.");
        steps.setMinRows(5);
        cautions.setHelperText("Each line becomes a caution. At most 8.");
        cautions.setMinRows(3);

        Map<String, String> labels = illustrations.options().stream()
                .collect(Collectors.toMap(ExerciseIllustrations.Option::key, ExerciseIllustrations.Option::label,
                        (a, b) -> a, LinkedHashMap::new));
        illustration.setLabel("Drawing");
        illustration.setItems(labels.keySet());
        illustration.setItemLabelGenerator(key -> labels.getOrDefault(key, key));
        illustration.addValueChangeListener(e -> refreshPreview());
        preview.addClassName("picture-preview");
        photoUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        photoUpload.setMaxFileSize((int) UploadedImage.MAX_BYTES);
        photoUpload.setMaxFiles(1);
        photoUpload.setDropLabel(new Span("PNG or JPEG, up to 2 MB"));
        photoUpload.addFileRejectedListener(e -> showPhotoProblem(e.getFileName() + " was not accepted: only PNG "
                + "or JPEG pictures of up to 2 MB can be used."));
        removePhoto.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        photoProblem.addClassName("form-problem");
        photoProblem.setVisible(false);

        for (var variation : List.of(easier, harder)) {
            variation.setItems(query -> exercises.findRefsByName(query.getFilter().orElse(""),
                    query.getLimit() + query.getOffset()).stream().skip(query.getOffset()));
            variation.setItemLabelGenerator(ExerciseRef::name);
            variation.setClearButtonVisible(true);
        }

        binder.bindInstanceFields(this);

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 4));
        add(section("About"), 4);
        add(name, 2);
        add(startingPosition, positionDetail);
        add(purpose, 4);
        add(floorRequired, 4);
        add(targetAreas, 2);
        add(equipment, 2);
        add(section("Instructions"), 4);
        add(steps, 4);
        add(cautions, 4);
        add(section("Default dose"), 4);
        add(sets, repetitions, sides, timesPerDay);
        add(hold, holdMax, holdUnit, daysPerWeek);
        add(section("Drawing or photo"), 4);
        add(illustration, 2);
        add(new Div(preview, removePhoto), 2);
        add(photoUpload, 4);
        add(photoProblem, 4);
        add(section("Variations"), 4);
        add(easier, 2);
        add(harder, 2);
    }

    /** Runs when the upload arrives; the picture is checked before it is shown or kept. */
    private void photoReceived(UploadMetadata metadata, byte[] data) {
        var ui = UI.getCurrent();
        ui.access(() -> {
            photoUpload.clearFileList();
            try {
                draft().setNewPhoto(UploadedImage.check(data));
                photoProblem.setVisible(false);
            } catch (UserFacingException refused) {
                showPhotoProblem(refused.getMessage());
            }
            refreshPreview();
        });
    }

    private void removePhoto() {
        draft().setRemovePhoto(true);
        refreshPreview();
    }

    private void showPhotoProblem(String message) {
        photoProblem.setText(message);
        photoProblem.setVisible(true);
    }

    /** Shows what the client will see: a new photo, the saved photo, or the chosen drawing. */
    private void refreshPreview() {
        preview.removeAll();
        var draft = binder.getBean();
        boolean newPhoto = draft != null && draft.getNewPhoto() != null;
        boolean savedPhoto = !newPhoto && draft != null && !draft.isRemovePhoto() && currentPhotoUrl != null;
        Image picture;
        if (newPhoto) {
            // The name only tells the browser the picture's type.
            var photo = draft.getNewPhoto();
            picture = new Image(photo.data(), photo.contentType().equals("image/png") ? "photo.png" : "photo.jpg");
            picture.setAlt("Preview of the uploaded photo");
        } else if (savedPhoto) {
            picture = new Image(currentPhotoUrl, "The exercise's photo");
        } else {
            picture = new Image(illustration.getValue() == null ? "" : Pictures.drawing(illustration.getValue())
                    + "?size=small", "Preview of the chosen drawing");
        }
        picture.addClassName("exercise-thumb");
        preview.add(picture);
        removePhoto.setVisible(newPhoto || savedPhoto);
    }

    private static H2 section(String title) {
        var heading = new H2(title);
        heading.addClassName("form-section");
        return heading;
    }

    /** Starts editing a draft; {@code currentPhotoUrl} is the saved photo's address, or null. */
    void edit(ExerciseDraft draft, String currentPhotoUrl) {
        this.currentPhotoUrl = currentPhotoUrl;
        binder.setBean(draft);
        refreshPreview();
    }

    /** True when every field is valid; the fields show their own messages otherwise. */
    boolean validate() {
        return binder.validate().isOk();
    }

    ExerciseDraft draft() {
        return binder.getBean();
    }

}
