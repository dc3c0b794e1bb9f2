package org.refinery.backlog.product;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** New settings of a product; null fields stay as they are. */
public record ChangeProduct(String name, String vision, DeliveryMode deliveryMode, Integer sprintLengthDays,
		Integer releaseLengthDays, LocalDate firstPeriodStart) {

	/** The names of the settings this change touches. */
	public Set<String> named() {
		Set<String> named = new LinkedHashSet<>();
		if (name != null) {
			named.add("name");
		}
		if (vision != null) {
			named.add("vision");
		}
		if (deliveryMode != null) {
			named.add("deliveryMode");
		}
		if (sprintLengthDays != null) {
			named.add("sprintLengthDays");
		}
		if (releaseLengthDays != null) {
			named.add("releaseLengthDays");
		}
		if (firstPeriodStart != null) {
			named.add("firstPeriodStart");
		}
		return named;
	}

}
