package org.refinery.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Sustained requests per second and the burst a caller may spend at once.
 *
 * @param clients other limits for the callers of particular OAuth clients (the token's {@code azp}),
 *     for example a larger one for an import job's client or a small one for a probe; each user of
 *     such a client still has a bucket of their own
 */
@ConfigurationProperties("refinery.gateway.rate-limit")
record RateLimitProperties(@DefaultValue("20") int requestsPerSecond, @DefaultValue("40") int burst,
		Map<String, Limit> clients) {

	RateLimitProperties {
		if (requestsPerSecond < 1 || burst < 1) {
			throw new IllegalArgumentException("refinery.gateway.rate-limit needs positive requests-per-second and burst");
		}
		clients = clients == null ? Map.of() : Map.copyOf(clients);
		clients.forEach((client, limit) -> {
			if (limit.requestsPerSecond() < 1 || limit.burst() < 1) {
				throw new IllegalArgumentException(
						"refinery.gateway.rate-limit.clients." + client + " needs positive requests-per-second and burst");
			}
		});
	}

	/** The limit of callers of one client: its own, else the default. */
	Limit of(String clientId) {
		Limit own = clientId == null ? null : clients.get(clientId);
		return own != null ? own : new Limit(requestsPerSecond, burst);
	}

	record Limit(int requestsPerSecond, int burst) {
	}

}
