package com.stepwise.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
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

    /**
     * A date field that shows and reads dates day first (14.3.2026; 14/3/2026 and 2026-03-14 are read too), whatever
     * language the browser is set to, so a day and a month are never swapped between two screens; its calendar starts
     * the week on Monday, as the paper sheet does. {@code outOfRange} is shown for a date outside the field's limits.
     */
    public static DatePicker date(String label, String outOfRange) {
        var field = new DatePicker(label);
        field.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("d.M.yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage("Enter the date as day, month and year, e.g. 14.3.2026.")
                .setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange)
                .setRequiredErrorMessage("Enter the date."));
        return field;
    }
}
