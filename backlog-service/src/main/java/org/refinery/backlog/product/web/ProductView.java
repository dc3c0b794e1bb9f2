package org.refinery.backlog.product.web;

import org.refinery.backlog.product.DeliveryMode;
import org.refinery.backlog.product.Product;

import java.time.LocalDate;
import java.util.UUID;

/** A product as the REST API shows it. */
record ProductView(UUID id, String key, String name, String vision, DeliveryMode deliveryMode,
		Integer sprintLengthDays, Integer releaseLengthDays, LocalDate firstPeriodStart, long version) {

	static ProductView of(Product product) {
		return new ProductView(product.id(), product.key(), product.name(), product.vision(),
				product.deliveryMode(), product.sprintLengthDays(), product.releaseLengthDays(),
				product.firstPeriodStart(), product.version());
	}

}
