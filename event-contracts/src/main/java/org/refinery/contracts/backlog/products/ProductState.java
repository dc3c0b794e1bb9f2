package org.refinery.contracts.backlog.products;

import java.time.LocalDate;
import java.util.UUID;

import org.refinery.contracts.Fields;

/**
 * A product as it is after a change: what consumers need to label, tag and plan by it.
 * The cadence fields let forecasts compute period boundaries without asking the backlog.
 *
 * @param id the product id
 * @param key the short key, e.g. {@code PAY}
 * @param name the display name
 * @param vision the product vision; optional
 * @param deliveryMode Sprints or Releases
 * @param sprintLengthDays the Sprint length in days; required for Scaled Scrum, optional otherwise
 * @param releaseLengthDays the Release length in days; required for Scaled Kanban, optional otherwise
 * @param firstPeriodStart the day the first Sprint or Release started; periods count from it
 */
public record ProductState(UUID id, String key, String name, String vision, DeliveryMode deliveryMode,
		Integer sprintLengthDays, Integer releaseLengthDays, LocalDate firstPeriodStart) {

	public ProductState {
		Fields.required(id, "ProductState", "id");
		Fields.required(key, "ProductState", "key");
		Fields.required(name, "ProductState", "name");
		Fields.required(deliveryMode, "ProductState", "deliveryMode");
		Fields.positiveIfPresent(sprintLengthDays, "ProductState", "sprintLengthDays");
		Fields.positiveIfPresent(releaseLengthDays, "ProductState", "releaseLengthDays");
		if (deliveryMode == DeliveryMode.SCALED_SCRUM) {
			Fields.required(sprintLengthDays, "ProductState", "sprintLengthDays");
		}
		if (deliveryMode == DeliveryMode.SCALED_KANBAN) {
			Fields.required(releaseLengthDays, "ProductState", "releaseLengthDays");
		}
		Fields.required(firstPeriodStart, "ProductState", "firstPeriodStart");
	}

}
