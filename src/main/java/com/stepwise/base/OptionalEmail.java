package com.stepwise.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An optional e-mail address: empty, or something@somewhere.tld. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Size(max = 254)
@Email(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
public @interface OptionalEmail {

    String message() default "Enter a valid e-mail address, or leave it empty.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
