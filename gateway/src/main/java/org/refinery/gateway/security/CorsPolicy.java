package org.refinery.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * CORS locked to the dashboard's origin (OWASP API8). The dashboard is served by the gateway, so
 * its calls are same-origin and never consult this policy; a cross-origin call to the API is
 * refused with a 403 problem and no {@code Access-Control-Allow-Origin} unless its origin is
 * configured ({@link CorsProblemFilter} applies the policy).
 * The policy is registered even when the list is empty: without one, a foreign preflight would
 * fall through to authentication and be answered 401 instead of being refused as CORS.
 */
final class CorsPolicy {

	private CorsPolicy() {
	}

	static CorsConfigurationSource of(CorsProperties properties) {
		var api = new CorsConfiguration();
		api.setAllowedOrigins(properties.allowedOrigins());
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
				"X-XSRF-TOKEN", "traceparent"));
		api.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
		// Exact origins only (checked by CorsProperties), so credentials never meet a wildcard.
		api.setAllowCredentials(true);
		api.setMaxAge(Duration.ofMinutes(30));
		var source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}

}
