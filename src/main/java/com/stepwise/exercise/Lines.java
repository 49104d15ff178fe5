package com.stepwise.exercise;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Text written one item per line (steps, cautions): at most {@code max} lines of at most {@code maxLength}. */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Lines.Validator.class)
@interface Lines {

    int max();

    int maxLength() default 500;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Lines, String> {

        private int max;
        private int maxLength;

        @Override
        public void initialize(Lines lines) {
            max = lines.max();
            maxLength = lines.maxLength();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            var lines = ExerciseDraft.lines(value);
            return lines.size() <= max && lines.stream().allMatch(line -> line.length() <= maxLength);
        }
    }
}
