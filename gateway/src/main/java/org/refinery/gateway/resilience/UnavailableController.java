package org.refinery.gateway.resilience;

import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Where a route's circuit breaker forwards when its service is down (503) or did not answer within
 * the route's time limit (504).
 */
@RestController
class UnavailableController {

	private static final Logger log = LoggerFactory.getLogger(UnavailableController.class);

	private final TimeLimiterRegistry timeLimiters;

	UnavailableController(TimeLimiterRegistry timeLimiters) {
		this.timeLimiters = timeLimiters;
	}

	@RequestMapping("/unavailable/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (cause == null) {
			// Not forwarded by a circuit breaker (which always records why): a caller asked for this path.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return cause instanceof TimeoutException ? tooSlow(service, exchange) : down(service, cause);
	}

	private static ResponseEntity<ProblemDetail> down(String service, Throwable cause) {
		log.warn("{} is unavailable; answered 503 ({}: {})", service, cause.getClass().getSimpleName(), cause.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				service + " is not answering right now; the other parts of Refinery still are. Try again shortly.");
		problem.setTitle("Service unavailable");
		problem.setType(URI.create("https://refinery.dev/problems/service-unavailable"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A timed-out call may still complete in the service, so the caller is told to look before
	 * repeating a change; no Retry-After, because repeating is not always safe.
	 */
	private ResponseEntity<ProblemDetail> tooSlow(String service, ServerWebExchange exchange) {
		String within = limit(exchange).map(limit -> "within " + readable(limit)).orElse("in time");
		log.warn("{} did not answer {}; answered 504", service, within);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GATEWAY_TIMEOUT, service
				+ " did not answer " + within + ". It may still complete the request: check before repeating a change.");
		problem.setTitle("Gateway timeout");
		problem.setType(URI.create("https://refinery.dev/problems/service-timeout"));
		return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The time limit of the route that forwarded here: each route's limiter is named as the route. */
	private Optional<Duration> limit(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return Optional.ofNullable(route)
			.flatMap(forwarding -> timeLimiters.find(forwarding.getId()))
			.map(TimeLimiter::getTimeLimiterConfig)
			.map(TimeLimiterConfig::getTimeoutDuration);
	}

	private static String readable(Duration limit) {
		return limit.toMillisPart() == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
	}

}
