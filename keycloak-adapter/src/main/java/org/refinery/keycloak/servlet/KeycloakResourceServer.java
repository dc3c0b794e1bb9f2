package org.refinery.keycloak.servlet;

import org.refinery.keycloak.KeycloakJwtConverter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Refinery way of being a resource server, applied to an {@link HttpSecurity}: stateless, no
 * CSRF (bearer tokens only, no cookies), Keycloak JWTs decoded and converted to
 * {@link org.refinery.keycloak.KeycloakAuthentication}, refusals as problem+json, and the
 * {@link #PUBLIC_PATHS} open. A service with its own access rules declares:
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain api(HttpSecurity http, KeycloakResourceServer keycloak) {
 *     return keycloak.filterChain(http, rules -> rules
 *         .requestMatchers(HttpMethod.POST, "/api/backlog/products").hasRole(Roles.PRODUCT_OWNER));
 * }
 * }</pre>
 */
public final class KeycloakResourceServer implements Customizer<HttpSecurity> {

	/** Served without a token: probes, metrics scraping, API docs and the error page. */
	public static final String[] PUBLIC_PATHS = { "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
			"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error" };

	private final JwtDecoder decoder;

	private final KeycloakJwtConverter converter;

	private final ProblemEntryPoint problems;

	/** Token handling with this decoder and converter; {@code realm} names the challenge. */
	public KeycloakResourceServer(JwtDecoder decoder, KeycloakJwtConverter converter, String realm) {
		this.decoder = decoder;
		this.converter = converter;
		this.problems = new ProblemEntryPoint(realm);
	}

	/** Applies token handling and opens {@link #PUBLIC_PATHS}; adds no rule for other paths. */
	@Override
	public void customize(HttpSecurity http) {
		http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

	/**
	 * A complete chain: {@link #customize}, then the service's rules, then "every other request
	 * needs a valid token".
	 */
	public SecurityFilterChain filterChain(HttpSecurity http,
			Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules) {
		customize(http);
		http.authorizeHttpRequests(rules);
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
		return http.build();
	}

}
