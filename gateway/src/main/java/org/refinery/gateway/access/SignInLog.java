package org.refinery.gateway.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Logs each step of a browser's sign-in and sign-out (the redirect to Keycloak, the callback
 * that exchanges the code, the logout) when it completes, with its status and latency. These
 * requests are not routed, so {@link AccessLog} never sees them; a sign-in that hangs or fails is
 * otherwise invisible in the gateway's log. Query strings are left out: they carry the code.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInLog implements WebFilter {

	private static final Logger log = LoggerFactory.getLogger("refinery.access");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String path = exchange.getRequest().getPath().value();
		if (!signInStep(path)) {
			return chain.filter(exchange);
		}
		long start = System.nanoTime();
		return chain.filter(exchange).doFinally(signal -> {
			var status = exchange.getResponse().getStatusCode();
			log.info("- {} {} sign-in status={} {}ms ({})", exchange.getRequest().getMethod(), path,
					status == null ? "-" : status.value(), (System.nanoTime() - start) / 1_000_000, signal);
		});
	}

	static boolean signInStep(String path) {
		return path.startsWith("/oauth2/") || path.startsWith("/login") || path.equals("/logout");
	}

}
