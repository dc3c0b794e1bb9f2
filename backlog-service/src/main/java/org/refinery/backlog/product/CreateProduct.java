package org.refinery.backlog.product;

import java.time.LocalDate;

/** The command to start a product's shared backlog; the web edge has checked syntax and sizes. */
public record CreateProduct(String key, String name, String vision, DeliveryMode deliveryMode,
		Integer sprintLengthDays, Integer releaseLengthDays, LocalDate firstPeriodStart) {
}
