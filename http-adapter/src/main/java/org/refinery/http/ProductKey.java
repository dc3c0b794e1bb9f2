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

/** A product's short key, such as {@code PAY}: 2 to 10 capital letters or digits, starting with a letter. */
@Documented
@Pattern(regexp = ProductKey.PATTERN)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ProductKey {

	String PATTERN = "[A-Z][A-Z0-9]{1,9}";

	String message() default "must be a product key such as PAY: 2 to 10 capital letters or digits, starting with a letter";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
