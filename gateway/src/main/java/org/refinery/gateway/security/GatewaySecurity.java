package org.refinery.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/**
 * Who may pass the edge. Browsers without a session are sent to Keycloak; API calls without a
 * session or a valid bearer token get a 401 problem, so scripts never receive a login page.
 */
@Configuration
@EnableWebFluxSecurity
class GatewaySecurity {

	@Bean
	ReactiveClientRegistrationRepository keycloakRegistration(@Value("${refinery.security.issuer-uri}") URI issuer,
			GatewayClientProperties client) {
		return new InMemoryReactiveClientRegistrationRepository(KeycloakClientRegistration.of(issuer, client));
	}

	@Bean
	SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, ReactiveClientRegistrationRepository clients,
			Converter<Jwt, Mono<AbstractAuthenticationToken>> tokenConverter,
			ServerAuthenticationEntryPoint problemEntryPoint, CorsProperties cors) {
		var pkce = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return http
			.authorizeExchange(GatewaySecurity::authorizations)
			// Spring's CORS filter refuses with an empty 403; this one says why (see CorsProblemFilter).
			.cors(ServerHttpSecurity.CorsSpec::disable)
			.addFilterAt(new CorsProblemFilter(CorsPolicy.of(cors)), SecurityWebFiltersOrder.CORS)
			.oauth2Login(login -> login.authorizationRequestResolver(pkce))
			.oauth2ResourceServer(resource -> resource
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
				.authenticationEntryPoint(problemEntryPoint))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint(problemEntryPoint)))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.requireCsrfProtectionMatcher(sessionWrites())
				.accessDeniedHandler(GatewaySecurity::csrfRefusal))
			.logout(logout -> logout.logoutSuccessHandler(keycloakLogout(clients)))
			.headers(GatewaySecurity::headers)
			.build();
	}

	/**
	 * The same in both chains: health, metrics and the API documents are public, the rest is not.
	 * Actuator's paths are served on the management port only (the public port answers them 404),
	 * which the network lets only the monitoring namespace reach; {@code /livez} and {@code /readyz}
	 * are the public port's health.
	 */
	static void authorizations(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
			.pathMatchers("/livez", "/readyz").permitAll()
			.pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs/**").permitAll()
			.anyExchange().authenticated();
	}

	static void headers(ServerHttpSecurity.HeaderSpec headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/** The dashboard is served from here with its own scripts and styles only; nothing may frame it. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	/** Logging out of the gateway ends the Keycloak session too (RP-initiated logout). */
	private static ServerLogoutSuccessHandler keycloakLogout(ReactiveClientRegistrationRepository clients) {
		var handler = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		return handler;
	}

	/** HTML navigations go to the login page; everything else is told 401 in problem+json. */
	private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint problem) {
		var html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		var login = new RedirectServerAuthenticationEntryPoint(
				"/oauth2/authorization/" + KeycloakClientRegistration.ID);
		var delegating = new DelegatingServerAuthenticationEntryPoint(List.of(new DelegateEntry(html, login)));
		delegating.setDefaultEntryPoint(problem);
		return delegating;
	}

	/** A session write without its CSRF token, as a problem that says how to send one. */
	private static Mono<Void> csrfRefusal(ServerWebExchange exchange, AccessDeniedException denied) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"A change made with the session cookie needs the session's CSRF token in the header that "
						+ "GET /dashboard/csrf names; scripts send a bearer token instead.");
		problem.setTitle("CSRF token missing or invalid");
		problem.setType(URI.create("https://refinery.dev/problems/csrf-token-missing"));
		return Mono.error(new ErrorResponseException(HttpStatus.FORBIDDEN, problem, denied));
	}

	/**
	 * CSRF guards session cookies; a request that carries its own bearer token cannot be forged
	 * by another site, so it is exempt.
	 */
	private static ServerWebExchangeMatcher sessionWrites() {
		return exchange -> {
			var method = exchange.getRequest().getMethod();
			boolean safe = List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method.name());
			return safe || BearerSecurity.carriesBearerToken(exchange) ? ServerWebExchangeMatcher.MatchResult.notMatch()
					: ServerWebExchangeMatcher.MatchResult.match();
		};
	}

}
