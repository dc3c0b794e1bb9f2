package org.refinery.membership;

import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a {@link Caller} controller parameter: the one place where a service decides who is
 * asking, from the authenticated Keycloak token plus the caller's memberships. The memberships
 * are read for every request and never cached, so a grant or revocation counts from the very next
 * request, without a new login. The {@link Memberships} are looked up lazily: a web slice test
 * may supply them as a mock registered after this resolver's configuration.
 */
class CallerResolver implements HandlerMethodArgumentResolver {

	private final ObjectProvider<Memberships> memberships;

	CallerResolver(ObjectProvider<Memberships> memberships) {
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
		return new Caller(user.id(), user.username(), user.isAdmin(), user.isPortfolioManager(), user.isProductOwner(),
				user.products(), user.teams(), memberships.getObject().ofUser(user.username()));
	}

}
