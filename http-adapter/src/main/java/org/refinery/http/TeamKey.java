package org.refinery.http;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A team's key, such as {@code PAY-CHECKOUT}: its product's key, a dash, then capitals, digits or dashes. */
@Documented
@Pattern(regexp = TeamKey.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TeamKey {

	String PATTERN = ProductKey.PATTERN + "-[A-Z0-9][A-Z0-9-]{0,28}";

	String message() default "must be a team key such as PAY-CHECKOUT: the product key, a dash, then capital letters, digits or dashes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
