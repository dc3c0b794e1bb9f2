package org.refinery.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Refuses a caller's request with 429 and {@code Retry-After} when their bucket is empty. */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

	private static final long FORGET_AFTER = TimeUnit.MINUTES.toNanos(10);

	private final RateLimitProperties limits;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(RateLimitProperties limits) {
		this.limits = limits;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return exchange.getPrincipal()
			.map(Principal::getName)
			.defaultIfEmpty("address:" + address(exchange))
			.flatMap(caller -> {
				long now = System.nanoTime();
				long wait = buckets.computeIfAbsent(caller,
						key -> new TokenBucket(limits.burst(), limits.requestsPerSecond(), now)).take(now);
				forgetIdle(now);
				return wait == 0 ? chain.filter(exchange) : refuse(exchange, wait);
			});
	}

	private Mono<Void> refuse(ServerWebExchange exchange, long waitNanos) {
		long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
		var response = exchange.getResponse();
		response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
				+ "\"detail\":\"Slow down: try again in " + seconds + " s\"}").getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private void forgetIdle(long now) {
		if (buckets.size() > 10_000) {
			buckets.entrySet().removeIf(entry -> entry.getValue().idleSince(now, FORGET_AFTER));
		}
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
