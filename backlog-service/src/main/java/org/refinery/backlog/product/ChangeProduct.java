package org.refinery.backlog.product;

import java.time.LocalDate;

/** New settings of a product; null fields stay as they are. */
public record ChangeProduct(String name, String vision, DeliveryMode deliveryMode, Integer sprintLengthDays,
		Integer releaseLengthDays, LocalDate firstPeriodStart) {

}
