package org.refinery.keycloak.reactive;

import org.refinery.keycloak.KeycloakJwtConverter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * {@link KeycloakJwtConverter} for WebFlux: the same {@link org.refinery.keycloak.KeycloakAuthentication},
 * delivered as a {@code Mono}. A token without {@code sub} becomes an error signal (answered 401)
 * instead of an exception thrown at assembly time.
 */
public final class ReactiveKeycloakJwtConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

	private final KeycloakJwtConverter converter;

	/** With the standard Keycloak mapping. */
	public ReactiveKeycloakJwtConverter() {
		this(new KeycloakJwtConverter());
	}

	/** With a given converter. */
	public ReactiveKeycloakJwtConverter(KeycloakJwtConverter converter) {
		this.converter = converter;
	}

	@Override
	public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
		return Mono.fromCallable(() -> converter.convert(jwt));
	}

}
