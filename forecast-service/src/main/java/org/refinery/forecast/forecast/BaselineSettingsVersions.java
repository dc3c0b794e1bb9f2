package org.refinery.forecast.forecast;

import java.util.List;
import java.util.Optional;

/** Each product's current baseline settings and every earlier version of them. */
public interface BaselineSettingsVersions {

	/** The current settings; empty while the owner never changed the defaults. */
	Optional<BaselineSettings> current(String productKey);

	/**
	 * Stores the next version and keeps it in the history, unless another change was stored since
	 * the version {@code settings} was made from ({@link BaselineSettingsStale}).
	 */
	void save(BaselineSettings settings);

	/** Every stored version, newest first. */
	List<BaselineSettings> history(String productKey);

}
