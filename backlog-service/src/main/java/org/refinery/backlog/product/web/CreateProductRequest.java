package org.refinery.backlog.product.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.refinery.backlog.product.CreateProduct;
import org.refinery.backlog.product.DeliveryMode;
import org.refinery.http.ProductKey;

import java.time.LocalDate;

/** The body of {@code POST /api/backlog/products}; ids and versions are never the caller's to set. */
record CreateProductRequest(
		@NotNull @ProductKey String key,
		@NotBlank @Size(max = 200) String name, @Size(max = 4000) String vision, @NotNull DeliveryMode deliveryMode,
		Integer sprintLengthDays, Integer releaseLengthDays, @NotNull LocalDate firstPeriodStart) {

	CreateProduct toCommand() {
		return new CreateProduct(key, name.strip(), vision, deliveryMode, sprintLengthDays, releaseLengthDays,
				firstPeriodStart);
	}

}
