package org.refinery.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Sustained requests per second and the burst a caller may spend at once. */
@ConfigurationProperties("refinery.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("20") int requestsPerSecond, @DefaultValue("40") int burst) {

	RateLimitProperties {
		if (requestsPerSecond < 1 || burst < 1) {
			throw new IllegalArgumentException("refinery.gateway.rate-limit needs positive requests-per-second and burst");
		}
	}

}
