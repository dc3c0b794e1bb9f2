package org.refinery.gateway.dashboard;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Hands the dashboard the CSRF token of its session. The token the filter exposes is masked
 * anew on every request (BREACH protection), so the page cannot simply echo the cookie: it
 * asks here and sends what it got in the header named here. Reading the token also makes the
 * filter store it, which a static page alone never triggers.
 */
@RestController
class DashboardCsrf {

	@GetMapping("/dashboard/csrf")
	Mono<ResponseEntity<CsrfHeader>> csrf(ServerWebExchange exchange) {
		return of(exchange)
			.map(value -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(new CsrfHeader(value.getHeaderName(), value.getToken())))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

	/**
	 * The session's CSRF token as Spring Security exposes it for this exchange, masked anew; empty
	 * where no CSRF protection applies (bearer-token calls). Reading it makes the filter store it.
	 */
	static Mono<CsrfToken> of(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return token == null ? Mono.empty() : token;
	}

	/** The header to send on writes and its value. */
	record CsrfHeader(String headerName, String token) {
	}

}
