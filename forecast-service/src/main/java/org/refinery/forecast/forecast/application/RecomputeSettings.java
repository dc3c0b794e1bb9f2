package org.refinery.forecast.forecast.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How soon a product's baseline follows a change of its inputs (history, backlog, dependencies,
 * settings).
 *
 * @param debounce how long a changed product waits for further changes before its baseline is
 *        recomputed once: a burst of backlog events costs one simulation, not one each
 * @param check how often the products whose wait has passed are looked for
 */
@ConfigurationProperties("refinery.forecast.recompute")
public record RecomputeSettings(@DefaultValue("PT30S") Duration debounce, @DefaultValue("PT5S") Duration check) {

	public RecomputeSettings {
		if (debounce.isNegative() || !check.isPositive()) {
			throw new IllegalArgumentException(
					"refinery.forecast.recompute: debounce must not be negative and check must be positive");
		}
	}

}
