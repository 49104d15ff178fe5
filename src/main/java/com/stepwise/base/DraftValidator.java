package com.stepwise.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * Checks a draft's Bean Validation constraints in a service, so every caller gets them and not only the form.
 * Refuses with the first message, in the words written on the constraint.
 */
@Component
public class DraftValidator {

    private final Validator validator;

    DraftValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object draft) {
        validator.validate(draft).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolation::getMessage)
                .findFirst()
                .ifPresent(message -> {
                    throw new UserFacingException(message);
                });
    }
}
