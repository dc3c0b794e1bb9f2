package org.refinery.keycloak.servlet;

import org.jspecify.annotations.Nullable;
import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakAuthentication;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link CurrentUser} controller parameter from the security context. Without an
 * authenticated token it throws an {@code AuthenticationException}, which Spring Security's
 * exception translation answers 401 through the problem entry point.
 */
final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return CurrentUser.class.equals(parameter.getParameterType());
	}

	@Override
	public CurrentUser resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		return KeycloakAuthentication.currentUserOf(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
					"A valid bearer token from the Keycloak realm is required"));
	}

}
