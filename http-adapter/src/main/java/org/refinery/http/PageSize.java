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

/** How many entries a page holds: 1 to 500, the same for every list of every service. */
@Documented
@Min(value = 1, message = "must be 1 or more")
@Max(value = PageSize.MAX, message = "must be at most " + PageSize.MAX)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PageSize {

	int MAX = 500;

	String message() default "must be a page size from 1 to " + MAX;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
