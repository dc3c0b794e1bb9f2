package org.refinery.backlog.product.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.product.ChangeProduct;
import org.refinery.backlog.product.DeliveryMode;

import java.time.LocalDate;

/** The body of {@code PATCH /api/backlog/products/{key}}: settings present are changed. */
record ChangeProductRequest(
		@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
		@Size(max = 4000) String vision, DeliveryMode deliveryMode, @Min(1) @Max(60) Integer sprintLengthDays,
		@Min(1) @Max(366) Integer releaseLengthDays, LocalDate firstPeriodStart) {

	ChangeProduct toChange() {
		return new ChangeProduct(name == null ? null : name.strip(), vision, deliveryMode, sprintLengthDays,
				releaseLengthDays, firstPeriodStart);
	}

}
