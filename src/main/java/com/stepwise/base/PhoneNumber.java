package com.stepwise.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An optional phone number as people write them: digits, spaces, +, brackets, dashes, dots or slashes. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = 40)
@Pattern(regexp = "^$|^[0-9+()\\-./ ]{5,40}$")
public @interface PhoneNumber {

    String message() default "Enter a phone number with digits, spaces, +, brackets or dashes only.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
