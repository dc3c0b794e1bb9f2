package org.refinery.forecast.forecast.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many children an epic or feature not broken down yet counts as in COUNT mode while its
 * product has completed none to learn the typical number from (then the median of those).
 *
 * @param defaultChildren the count assumed before any epic or feature of the product completed
 */
@ConfigurationProperties("refinery.forecast.breakdown")
public record BreakdownSettings(@DefaultValue("5") int defaultChildren) {

	public BreakdownSettings {
		if (defaultChildren < 1 || defaultChildren > 1_000) {
			throw new IllegalArgumentException("refinery.forecast.breakdown.default-children must be between 1 and 1000");
		}
	}

}
