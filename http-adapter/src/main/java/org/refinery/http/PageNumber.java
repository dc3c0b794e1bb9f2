package org.refinery.http;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A zero-based page number. Bounded so that {@code page × size} (at most 20,000 × 500) stays far
 * inside an {@code int} and a SQL offset: an unbounded page overflowed into a negative offset.
 */
@Documented
@Min(value = 0, message = "must be 0 or more")
@Max(value = PageNumber.MAX, message = "must be at most " + PageNumber.MAX)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

	int MAX = 20_000;

	String message() default "must be a page number from 0 to " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
