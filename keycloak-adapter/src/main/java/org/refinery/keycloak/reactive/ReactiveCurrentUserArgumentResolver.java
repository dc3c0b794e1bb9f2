package org.refinery.keycloak.reactive;

import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakAuthentication;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Resolves a {@link CurrentUser} WebFlux controller parameter from the reactive security context;
 * without an authenticated token the request fails with an {@code AuthenticationException}
 * (answered 401 by Spring Security's exception translation).
 */
final class ReactiveCurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.flatMap(authentication -> Mono.justOrEmpty(KeycloakAuthentication.currentUserOf(authentication)))
			.<Object>map(user -> user)
			.switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException(
					"A valid bearer token from the Keycloak realm is required")));
	}

}
