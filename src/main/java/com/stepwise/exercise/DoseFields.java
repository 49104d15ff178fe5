package com.stepwise.exercise;

import com.stepwise.base.ui.Fields;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The fields of a dose, set up the same way wherever a dose is edited (an exercise's default dose, a client's
 * prescription). Forms lay them out and bind them as they need.
 */
public final class DoseFields {

    public final IntegerField sets = Fields.wholeNumber("Sets", 1, 10);
    public final IntegerField repetitions = Fields.wholeNumber("Repetitions", 1, 50);
    public final IntegerField hold = Fields.wholeNumber("Hold", 1, 300);
    public final IntegerField holdMax = Fields.wholeNumber("Hold up to", 1, 300);
    public final Select<HoldUnit> holdUnit = new Select<>();
    public final Select<Sides> sides = new Select<>();
    public final IntegerField timesPerDay = Fields.wholeNumber("Times a day", 1, 6);
    public final IntegerField daysPerWeek = Fields.wholeNumber("Days a week", 1, 7);

    public DoseFields() {
        holdUnit.setLabel("Counted in");
        holdUnit.setItems(HoldUnit.values());
        holdUnit.setItemLabelGenerator(HoldUnit::label);
        holdUnit.setValue(HoldUnit.SECONDS);
        sides.setLabel("Sides");
        sides.setItems(Sides.values());
        sides.setItemLabelGenerator(Sides::label);
        sides.setValue(Sides.NONE);
    }

    public void show(Dose dose) {
        sets.setValue(dose.sets());
        repetitions.setValue(dose.repetitions());
        hold.setValue(dose.hold());
        holdMax.setValue(dose.holdMax());
        holdUnit.setValue(dose.holdUnit() == null ? HoldUnit.SECONDS : dose.holdUnit());
        sides.setValue(dose.sides());
        timesPerDay.setValue(dose.timesPerDay());
        daysPerWeek.setValue(dose.daysPerWeek());
    }

    /** The dose as entered; refused in plain words when its parts do not fit together. */
    public Dose read() {
        return new Dose(sets.getValue(), repetitions.getValue(), hold.getValue(), holdMax.getValue(),
                holdUnit.getValue(), sides.getValue(), timesPerDay.getValue(), daysPerWeek.getValue());
    }
}
