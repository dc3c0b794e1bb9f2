package org.refinery.gateway.access;

import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.security.Principal;

/** Logs each routed call when it completes, whatever its outcome, with its trace id. */
@Component
class AccessLog implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger("refinery.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		long start = System.nanoTime();
		return exchange.getPrincipal()
			.map(Principal::getName)
			.defaultIfEmpty("-")
			.flatMap(user -> chain.filter(exchange).doFinally(signal -> {
				Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
				var status = exchange.getResponse().getStatusCode();
				log.info("{} {} {} route={} status={} {}ms trace={}", user, exchange.getRequest().getMethod(),
						exchange.getRequest().getPath().value(), route == null ? "-" : route.getId(),
						status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000,
						traceId(exchange));
			}));
	}

	/**
	 * The trace of the server observation of this exchange: the caller's {@code traceparent}
	 * continued, or a new trace. Read from the exchange because the log line is written when the
	 * response completes, outside the observation's scope.
	 */
	private static String traceId(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map(context -> context.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
			.map(TracingObservationHandler.TracingContext::getSpan)
			.map(span -> span.context().traceId())
			.orElse("-");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
