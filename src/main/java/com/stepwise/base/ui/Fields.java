package com.stepwise.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/** Form fields configured the same way everywhere, with messages a clinician understands. */
public final class Fields {

    private Fields() {
    }

    /** A whole-number field with step buttons (easy on a tablet) that says plainly what it accepts. */
    public static IntegerField wholeNumber(String label, int min, int max) {
        var field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        String accepted = "Enter a whole number from " + min + " to " + max + ".";
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(accepted)
                .setMinErrorMessage(accepted)
                .setMaxErrorMessage(accepted)
                .setRequiredErrorMessage(accepted));
        return field;
    }
}
