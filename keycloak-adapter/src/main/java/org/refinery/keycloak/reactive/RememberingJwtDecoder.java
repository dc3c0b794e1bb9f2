package org.refinery.keycloak.reactive;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens whose signature the verifying decoder accepted, so that a script or a
 * browser session presenting the same token again skips parsing and the RSA check, the largest
 * part of the gateway's own work per call. The validator (expiry, issuer, audience, subject) still
 * runs on every use, so a remembered token stops passing the moment it expires. What is remembered
 * is exactly the verified string, so nothing unverified can ever be served from here.
 *
 * <p>At most {@code capacity} tokens are kept: when full, expired ones are dropped first and, if
 * that frees nothing, everything is forgotten (tokens then are verified again, never refused).
 */
public final class RememberingJwtDecoder implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> validator;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	public RememberingJwtDecoder(ReactiveJwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, int capacity,
			Clock clock) {
		this.verifier = verifier;
		this.validator = validator;
		this.capacity = capacity;
		this.clock = clock;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		Jwt known = verified.get(token);
		if (known == null) {
			return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
		}
		OAuth2TokenValidatorResult result = validator.validate(known);
		if (result.hasErrors()) {
			verified.remove(token);
			return Mono.error(new JwtValidationException(result.getErrors().iterator().next().getDescription(),
					result.getErrors()));
		}
		return Mono.just(known);
	}

	int remembered() {
		return verified.size();
	}

	private void remember(String token, Jwt jwt) {
		if (verified.size() >= capacity) {
			var now = clock.instant();
			verified.values().removeIf(old -> old.getExpiresAt() == null || !old.getExpiresAt().isAfter(now));
			if (verified.size() >= capacity) {
				verified.clear();
			}
		}
		verified.put(token, jwt);
	}

}
