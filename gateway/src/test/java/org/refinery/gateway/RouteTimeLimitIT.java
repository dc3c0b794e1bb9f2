package org.refinery.gateway;

import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each API route has a time limit of its own: here alignment's is shorter than its stand-in's
 * answer and forecasts' longer (see {@link GatewayStandIn}), so one slow service is cut off while
 * a route allowed to take its time still gets its answer.
 */
class RouteTimeLimitIT extends GatewayStandIn {

	@Autowired
	GatewayProperties gateway;

	@Autowired
	TimeLimiterProperties timeLimits;

	@Test
	void aServiceSlowerThanItsRoutesLimitGets504ProblemWhileARouteWithALongerLimitGetsItsAnswer() {
		String token = "Bearer " + tokens.paul().mint();

		var cutOff = http().get().uri("/api/alignment/goals").header(HttpHeaders.AUTHORIZATION, token)
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);
		var answered = http().get().uri("/api/forecasts/products/PAY").header(HttpHeaders.AUTHORIZATION, token)
			.accept(MediaType.APPLICATION_JSON).retrieve().toEntity(String.class);

		assertThat(GatewayProblemIT.problem(cutOff, 504).path("detail").asString())
			.startsWith("alignment-service did not answer within 500 ms.");
		// No assertion on the time the 504 took: the stand-in answers 200 to every call, so the 504
		// is the time limiter's, and on a busy machine a cold first call may take longer than the
		// stand-in's delay anyway (5.9 s measured at load 25).
		assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(200);
		assertThat(answered.getBody()).isEqualTo("{\"content\":[]}");
	}

	@Test
	void everyRouteWithACircuitBreakerHasATimeLimitOfItsOwnWhileTheEventStreamTheExportAndTheImportHaveNone() {
		Map<String, String> breakerOfRoute = gateway.getRoutes()
			.stream()
			.filter(route -> !circuitBreakers(route).isEmpty())
			.collect(Collectors.toMap(RouteDefinition::getId, route -> circuitBreakers(route).getFirst().getArgs().get("name")));

		assertThat(breakerOfRoute).containsKeys("backlog", "dependencies", "alignment", "forecasts")
			.doesNotContainKeys("backlog-session-events", "backlog-export", "backlog-import")
			.allSatisfy((route, breaker) -> assertThat(breaker).as("circuit breaker of route " + route).isEqualTo(route));
		assertThat(timeLimits.getInstances()).containsKeys(breakerOfRoute.keySet().toArray(String[]::new));
		assertThat(gateway.getRoutes()).extracting(RouteDefinition::getId).contains("backlog-session-events", "backlog-export",
				"backlog-import");
	}

	private static List<FilterDefinition> circuitBreakers(RouteDefinition route) {
		return route.getFilters().stream().filter(filter -> filter.getName().equals("CircuitBreaker")).toList();
	}

}
