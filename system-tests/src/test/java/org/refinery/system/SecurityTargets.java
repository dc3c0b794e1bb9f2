package org.refinery.system;

import java.util.List;

/**
 * One readable endpoint per entry point of the platform: the gateway and, directly, each service
 * (services must refuse bad tokens themselves, not trust the gateway). Paul may read every one.
 */
record SecurityTargets(String component, String path) {

	static List<SecurityTargets> all() {
		return List.of(new SecurityTargets("gateway", "/api/backlog/products/PAY"),
				new SecurityTargets("backlog-service", "/api/backlog/products/PAY"),
				new SecurityTargets("dependency-service", "/api/dependencies/products/PAY/analysis"),
				new SecurityTargets("alignment-service", "/api/alignment/products/PAY/summary"),
				new SecurityTargets("forecast-service", "/api/forecasts/teams/PAY-CHECKOUT/throughput"));
	}

	PlatformClient with(String token) {
		return PlatformClient.of(SharedPlatform.url(component), token);
	}

	@Override
	public String toString() {
		return component + " " + path;
	}

}
