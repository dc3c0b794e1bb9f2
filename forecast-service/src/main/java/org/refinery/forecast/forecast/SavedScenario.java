package org.refinery.forecast.forecast;

import java.time.Instant;
import java.util.UUID;

/**
 * A named what-if scenario one person keeps for one product: its changes and the comparison of its
 * last run with the baseline. Only its owner sees it; it never becomes the product's forecast.
 */
public record SavedScenario(UUID id, String productKey, String ownerId, String name, ScenarioChanges changes,
		Instant createdAt, ScenarioComparison comparison) {

	public SavedScenario rerun(ScenarioComparison latest) {
		return new SavedScenario(id, productKey, ownerId, name, changes, createdAt, latest);
	}

}
