package org.refinery.keycloak.reactive;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.CurrentUser;
import org.refinery.keycloak.KeycloakJwtConverter;
import org.springframework.core.MethodParameter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.reactive.BindingContext;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A WebFlux handler receives the caller as a plain {@code CurrentUser} parameter. */
class ReactiveCurrentUserArgumentResolverTest {

	final ReactiveCurrentUserArgumentResolver resolver = new ReactiveCurrentUserArgumentResolver();

	final MethodParameter userParameter = parameter(0);

	@Test
	void onlyCurrentUserParametersAreResolved() {
		assertThat(resolver.supportsParameter(userParameter)).isTrue();
		assertThat(resolver.supportsParameter(parameter(1))).isFalse();
	}

	@Test
	void theCallerComesFromTheReactiveSecurityContext() {
		var authentication = new KeycloakJwtConverter().convert(ReactiveKeycloakJwtConverterTest
			.jwt(Map.of("sub", "u-9", "preferred_username", "vic", "groups", List.of("/products/PAY"))));

		Object user = resolver.resolveArgument(userParameter, new BindingContext(), exchange())
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication))
			.block();

		assertThat(user).isInstanceOfSatisfying(CurrentUser.class,
				vic -> assertThat(vic.products()).containsExactly("PAY"));
	}

	@Test
	void withoutAnAuthenticatedTokenTheRequestFailsAsUnauthenticated() {
		assertThatThrownBy(() -> resolver.resolveArgument(userParameter, new BindingContext(), exchange()).block())
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("/api/me"));
	}

	private static MethodParameter parameter(int index) {
		try {
			return new MethodParameter(
					ReactiveCurrentUserArgumentResolverTest.class.getDeclaredMethod("handler", CurrentUser.class, String.class),
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
