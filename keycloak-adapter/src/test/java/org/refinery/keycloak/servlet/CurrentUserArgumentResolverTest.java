package org.refinery.keycloak.servlet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakJwtConverter;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.context.request.ServletWebRequest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A controller parameter of type {@code CurrentUser} is the authenticated caller, or a 401. */
class CurrentUserArgumentResolverTest {

	final CurrentUserArgumentResolver resolver = new CurrentUserArgumentResolver();

	final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyCurrentUserParametersAreResolved() {
		assertThat(resolver.supportsParameter(parameter(0))).isTrue();
		assertThat(resolver.supportsParameter(parameter(1))).isFalse();
	}

	@Test
	void theCallerComesFromTheSecurityContext() {
		Jwt jwt = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject("u-1")
			.claim("preferred_username", "nora")
			.claim("groups", List.of("/teams/SHOP-CART"))
			.build();
		SecurityContextHolder.getContext().setAuthentication(new KeycloakJwtConverter().convert(jwt));

		CurrentUser user = resolver.resolveArgument(parameter(0), null, request, null);

		assertThat(user.username()).isEqualTo("nora");
		assertThat(user.isMemberOf("SHOP-CART")).isTrue();
	}

	@Test
	void anAnonymousCallerIsAskedToAuthenticate() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("k", "anonymous",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThatThrownBy(() -> resolver.resolveArgument(parameter(0), null, request, null))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void withoutAnyAuthenticationTheCallerIsAskedToAuthenticate() {
		assertThatThrownBy(() -> resolver.resolveArgument(parameter(0), null, request, null))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private static MethodParameter parameter(int index) {
		try {
			return new MethodParameter(
					CurrentUserArgumentResolverTest.class.getDeclaredMethod("handler", CurrentUser.class, String.class),
					index);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unused")
	private static void handler(CurrentUser user, String other) {
	}

}
