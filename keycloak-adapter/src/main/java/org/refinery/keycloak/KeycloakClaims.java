package org.refinery.keycloak;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Keycloak's claim shapes defensively. A claim that is missing or has an unexpected shape
 * (an object where a list belongs, numbers among role names) contributes nothing rather than
 * failing the request; only a missing subject is an error, because without it there is no user.
 */
final class KeycloakClaims {

	static final String TEAM_GROUPS = "/teams/";

	static final String PRODUCT_GROUPS = "/products/";

	private final Map<String, ?> claims;

	private KeycloakClaims(Map<String, ?> claims) {
		this.claims = claims;
	}

	static KeycloakClaims of(@Nullable Map<String, ?> claims) {
		return new KeycloakClaims(claims == null ? Map.of() : claims);
	}

	/** The {@code sub} claim; a token without one was not issued to a user of the realm. */
	String subject() {
		return text("sub").orElseThrow(() -> new InvalidBearerTokenException(KeycloakTokenValidator.NO_SUBJECT));
	}

	/** A claim holding non-blank text. */
	Optional<String> text(String claim) {
		return claims.get(claim) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
	}

	/** {@code realm_access.roles}. */
	Set<String> realmRoles() {
		return strings(object(claims.get("realm_access")).get("roles"));
	}

	/** {@code resource_access.<clientId>.roles}, for every client that grants at least one role. */
	Map<String, Set<String>> clientRoles() {
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		object(claims.get("resource_access")).forEach((client, access) -> {
			Set<String> granted = strings(object(access).get("roles"));
			if (client instanceof String clientId && !clientId.isBlank() && !granted.isEmpty()) {
				roles.put(clientId, granted);
			}
		});
		return Collections.unmodifiableMap(roles);
	}

	/** Every group path in {@code groups}, as written. */
	Set<String> groups() {
		return strings(claims.get("groups"));
	}

	/**
	 * The keys of the groups directly below a parent such as {@code /teams/}: {@code /teams/PAY-CHECKOUT}
	 * yields {@code PAY-CHECKOUT}; deeper paths and other groups yield nothing.
	 */
	Set<String> groupKeys(String parent) {
		Set<String> keys = new LinkedHashSet<>();
		for (String group : groups()) {
			String key = group.startsWith(parent) ? group.substring(parent.length()) : "";
			if (!key.isBlank() && key.indexOf('/') < 0) {
				keys.add(key);
			}
		}
		return Collections.unmodifiableSet(keys);
	}

	private static Map<?, ?> object(@Nullable Object value) {
		return value instanceof Map<?, ?> map ? map : Map.of();
	}

	private static Set<String> strings(@Nullable Object value) {
		Collection<?> items = switch (value) {
			case Collection<?> collection -> collection;
			case Object[] array -> Arrays.asList(array);
			case null, default -> List.of();
		};
		Set<String> strings = new LinkedHashSet<>();
		for (Object item : items) {
			if (item instanceof String text && !text.isBlank()) {
				strings.add(text);
			}
		}
		return Collections.unmodifiableSet(strings);
	}

}
