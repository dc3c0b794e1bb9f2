package org.refinery.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import java.net.URI;

/**
 * Swagger UI and the OpenAPI documents are public: the documents describe the API, they grant
 * nothing. "Authorize" runs the authorization code flow with PKCE of a public client in the
 * browser, so the UI's pages, unlike the dashboard, must be allowed to fetch the token from the
 * realm's origin; that is the only widening of the dashboard's content security policy.
 */
@Configuration
class SwaggerUiSecurity {

	static final String[] PATHS = { "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**", "/v3/api-docs/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain swaggerUiFilterChain(ServerHttpSecurity http,
			@Value("${refinery.security.issuer-uri}") URI issuer) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
			.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(issuer)))
				.frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)))
			.build();
	}

	/** Swagger UI sets a few inline styles; its scripts are all files of its own. */
	static String contentSecurityPolicy(URI issuer) {
		String realm = issuer.getScheme() + "://" + issuer.getAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "connect-src 'self' " + realm + "; frame-ancestors 'none'; form-action 'self' " + realm
				+ "; base-uri 'self'";
	}

}
