package org.refinery.keycloak.test;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One access token to mint, with Keycloak's defaults: the roles every realm user has
 * ({@code default-roles-refinery}, {@code offline_access}, {@code uma_authorization}), the
 * {@code account} client's roles, scope {@code openid profile email}, audience
 * {@value KeycloakTokens#API_AUDIENCE}, issued by the {@code refinery-cli} client, valid for five
 * minutes. Every setter returns the builder; {@link #mint()} signs it.
 */
public final class KeycloakTokenBuilder {

	private final RealmKeys keys;

	private final Map<String, Object> claims = new LinkedHashMap<>();

	private final Set<String> realmRoles = new LinkedHashSet<>(
			List.of("default-roles-refinery", "offline_access", "uma_authorization"));

	private final Map<String, Set<String>> clientRoles = new LinkedHashMap<>(
			Map.of("account", new LinkedHashSet<>(List.of("manage-account", "manage-account-links", "view-profile"))));

	private final List<String> groups = new ArrayList<>();

	private Instant issuedAt = Instant.now();

	private Instant expiresAt = issuedAt.plus(Duration.ofMinutes(5));

	private boolean foreign;

	KeycloakTokenBuilder(String username, String issuer, RealmKeys keys) {
		this.keys = keys;
		String displayName = username.isEmpty() ? username : Character.toUpperCase(username.charAt(0)) + username.substring(1);
		claims.put("iss", issuer);
		claims.put("sub", UUID.nameUUIDFromBytes(("refinery:" + username).getBytes(StandardCharsets.UTF_8)).toString());
		claims.put("aud", List.of(KeycloakTokens.API_AUDIENCE));
		claims.put("typ", "Bearer");
		claims.put("azp", "refinery-cli");
		claims.put("sid", UUID.randomUUID().toString());
		claims.put("acr", "1");
		claims.put("scope", "openid profile email");
		claims.put("email_verified", true);
		claims.put("preferred_username", username);
		name(displayName);
		claims.put("email", username + "@example.com");
	}

	/** The display name; also sets {@code given_name} and {@code family_name} from it. */
	public KeycloakTokenBuilder name(String name) {
		int space = name.indexOf(' ');
		claims.put("name", name);
		claims.put("given_name", space < 0 ? name : name.substring(0, space));
		if (space < 0) {
			claims.remove("family_name");
		}
		else {
			claims.put("family_name", name.substring(space + 1));
		}
		return this;
	}

	/** The {@code email} claim. */
	public KeycloakTokenBuilder email(String email) {
		return claim("email", email);
	}

	/** Another {@code sub} than the one derived from the username. */
	public KeycloakTokenBuilder subject(String subject) {
		return claim("sub", subject);
	}

	/** Adds realm roles, e.g. {@code team-member}. */
	public KeycloakTokenBuilder realmRoles(String... roles) {
		realmRoles.addAll(Arrays.asList(roles));
		return this;
	}

	/** Adds roles of a client to {@code resource_access}. */
	public KeycloakTokenBuilder clientRoles(String clientId, String... roles) {
		clientRoles.computeIfAbsent(clientId, id -> new LinkedHashSet<>()).addAll(Arrays.asList(roles));
		return this;
	}

	/** Adds {@code /teams/<KEY>} groups. */
	public KeycloakTokenBuilder teams(String... teamKeys) {
		Arrays.stream(teamKeys).forEach(key -> groups.add("/teams/" + key));
		return this;
	}

	/** Adds {@code /products/<KEY>} groups. */
	public KeycloakTokenBuilder products(String... productKeys) {
		Arrays.stream(productKeys).forEach(key -> groups.add("/products/" + key));
		return this;
	}

	/** Adds group paths as written, e.g. {@code /admins} or {@code /teams/PAY-CHECKOUT/leads}. */
	public KeycloakTokenBuilder groups(String... paths) {
		groups.addAll(Arrays.asList(paths));
		return this;
	}

	/** Replaces the audience. */
	public KeycloakTokenBuilder audience(String... audiences) {
		return claim("aud", List.of(audiences));
	}

	/** No {@code aud}, as Keycloak issues tokens without an audience mapper. */
	public KeycloakTokenBuilder withoutAudience() {
		return withoutClaim("aud");
	}

	/** Replaces the scopes. */
	public KeycloakTokenBuilder scope(String... scopes) {
		return claim("scope", String.join(" ", scopes));
	}

	/**
	 * How long the token is valid from now; a negative duration means it expired that long ago
	 * (and was issued five minutes before that).
	 */
	public KeycloakTokenBuilder expiresIn(Duration lifetime) {
		Instant now = Instant.now();
		this.expiresAt = now.plus(lifetime);
		this.issuedAt = expiresAt.isAfter(now) ? now : expiresAt.minus(Duration.ofMinutes(5));
		return this;
	}

	/** Expired five minutes ago: beyond any clock skew. */
	public KeycloakTokenBuilder expired() {
		return expiresIn(Duration.ofMinutes(-5));
	}

	/** Another {@code iss}, e.g. another realm's. */
	public KeycloakTokenBuilder issuer(String issuer) {
		return claim("iss", issuer);
	}

	/** Signed with a key the realm never published: a forgery. */
	public KeycloakTokenBuilder signedWithForeignKey() {
		this.foreign = true;
		return this;
	}

	/** No {@code sub}; the adapter must refuse it. */
	public KeycloakTokenBuilder withoutSubject() {
		return withoutClaim("sub");
	}

	/** Sets any claim (a {@code Map} for a JSON object, a {@code List} for an array), e.g. a malformed one. */
	public KeycloakTokenBuilder claim(String name, Object value) {
		claims.put(name, value);
		return this;
	}

	/** Removes a claim, including {@code realm_access}, {@code resource_access} and {@code groups}. */
	public KeycloakTokenBuilder withoutClaim(String name) {
		claims.put(name, null);
		return this;
	}

	/** The signed token in compact form, ready for {@code Authorization: Bearer …}. */
	public String mint() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("exp", expiresAt.getEpochSecond());
		body.put("iat", issuedAt.getEpochSecond());
		body.put("jti", UUID.randomUUID().toString());
		body.put("realm_access", Map.of("roles", List.copyOf(realmRoles)));
		Map<String, Object> resourceAccess = new LinkedHashMap<>();
		clientRoles.forEach((client, roles) -> resourceAccess.put(client, Map.of("roles", List.copyOf(roles))));
		body.put("resource_access", resourceAccess);
		if (!groups.isEmpty()) {
			body.put("groups", List.copyOf(groups));
		}
		body.putAll(claims);
		body.values().removeIf(value -> value == null);
		return keys.sign(body, foreign);
	}

}
