package org.refinery.dependency.web;

import org.refinery.dependency.tracking.Caller;
import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakAuthentication;
import org.refinery.membership.Memberships;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link Caller} controller parameter: the one place where the dependency service
 * decides who is asking, from the authenticated Keycloak token plus the caller's memberships in
 * this service's copy. The memberships are read for every request and never cached.
 */
class CallerResolver implements HandlerMethodArgumentResolver {

	private final Memberships memberships;

	CallerResolver(Memberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Caller.class;
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		CurrentUser user = KeycloakAuthentication.currentUserOf(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("A valid bearer token is required"));
		return new Caller(user.id(), user.username(), user.isAdmin(), user.seesAllProducts(), user.isProductOwner(),
				user.products(), user.teams(), memberships.ofUser(user.username()));
	}

}
