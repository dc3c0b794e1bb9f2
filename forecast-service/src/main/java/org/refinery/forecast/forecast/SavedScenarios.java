package org.refinery.forecast.forecast;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The what-if scenarios people keep, per person and product. */
public interface SavedScenarios {

	/** Stores a new scenario or the latest run of a kept one. */
	void save(SavedScenario scenario);

	Optional<SavedScenario> byId(UUID id);

	/** One person's scenarios of a product, oldest first. */
	List<SavedScenario> of(String productKey, String ownerId);

	int count(String productKey, String ownerId);

	boolean nameTaken(String productKey, String ownerId, String name);

	void delete(UUID id);

}
