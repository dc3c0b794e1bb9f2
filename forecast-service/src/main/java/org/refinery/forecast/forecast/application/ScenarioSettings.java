package org.refinery.forecast.forecast.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what-if scenarios.
 *
 * @param perPerson how many named scenarios one person keeps per product; the next is refused
 *        (409), none is evicted, so nobody loses a scenario they did not delete
 */
@ConfigurationProperties("refinery.forecast.scenarios")
public record ScenarioSettings(@DefaultValue("20") int perPerson) {

	public ScenarioSettings {
		if (perPerson < 1 || perPerson > 1_000) {
			throw new IllegalArgumentException("refinery.forecast.scenarios.per-person must be between 1 and 1000");
		}
	}

}
