package org.refinery.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

/** Refuses a caller's request with 429 and {@code Retry-After} when their bucket is empty. */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	private final RateLimitProperties limits;

	private final SharedBuckets buckets;

	RateLimitFilter(RateLimitProperties limits, SharedBuckets buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return exchange.getPrincipal()
			.map(RateLimitFilter::caller)
			.defaultIfEmpty(new Caller("address:" + address(exchange), null))
			.flatMap(caller -> buckets.take(caller.bucket(limits), limits.of(caller.clientId())))
			.flatMap(wait -> wait == 0 ? chain.filter(exchange) : refuse(exchange, wait));
	}

	/** The client of a bearer token is its {@code azp}; a browser session is the gateway's own client. */
	private static Caller caller(Principal principal) {
		String clientId = principal instanceof JwtAuthenticationToken jwt ? jwt.getToken().getClaimAsString("azp") : null;
		return new Caller(principal.getName(), clientId);
	}

	private record Caller(String name, String clientId) {

		/** A user of a client with a limit of its own spends from a bucket apart from their other calls. */
		String bucket(RateLimitProperties limits) {
			return clientId != null && limits.clients().containsKey(clientId) ? name + "@" + clientId : name;
		}

	}

	private Mono<Void> refuse(ServerWebExchange exchange, long waitNanos) {
		long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		// A parsed URI's raw path holds no quote or backslash, so it goes into the JSON as it is.
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
				+ "\"detail\":\"Slow down: try again in " + seconds + " s\",\"instance\":\""
				+ exchange.getRequest().getURI().getRawPath() + "\"}").getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private static String address(ServerWebExchange exchange) {
		var remote = exchange.getRequest().getRemoteAddress();
		return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
