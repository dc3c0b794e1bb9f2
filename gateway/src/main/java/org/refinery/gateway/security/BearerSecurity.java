package org.refinery.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * API calls that carry their own bearer token are stateless: no session is looked up or created,
 * no login redirect, no CSRF. Apart from the work, that matters for latency: creating even an
 * unsaved WebSession generates its id on the bounded-elastic scheduler and continues on the
 * parallel one, two thread hand-offs on every scripted call.
 */
@Configuration
class BearerSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityWebFilterChain bearerFilterChain(ServerHttpSecurity http,
			Converter<Jwt, Mono<AbstractAuthenticationToken>> tokenConverter,
			ServerAuthenticationEntryPoint problemEntryPoint, CorsProperties cors) {
		return http
			.securityMatcher(new AndServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"),
					exchange -> carriesBearerToken(exchange) ? MatchResult.match() : MatchResult.notMatch()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.authorizeExchange(GatewaySecurity::authorizations)
			.cors(ServerHttpSecurity.CorsSpec::disable)
			.addFilterAt(new CorsProblemFilter(CorsPolicy.of(cors)), SecurityWebFiltersOrder.CORS)
			.oauth2ResourceServer(resource -> resource
				.jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
				.authenticationEntryPoint(problemEntryPoint))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problemEntryPoint))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(GatewaySecurity::headers)
			.build();
	}

	static boolean carriesBearerToken(ServerWebExchange exchange) {
		String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

}
