package org.refinery.keycloak;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The caller, as the realm describes them in the access token. Controllers declare a plain
 * {@code CurrentUser user} parameter to receive it; authorisation decisions (which products a
 * caller sees, which teams they belong to) are asked of it.
 *
 * @param id the stable user id, Keycloak's {@code sub}
 * @param username {@code preferred_username}, or the id when the token has none
 * @param name the display name ({@code name} claim), if the token carries one
 * @param realmRoles {@code realm_access.roles}
 * @param clientRoles {@code resource_access.<clientId>.roles} by client id
 * @param teams the keys of the caller's {@code /teams/<KEY>} groups
 * @param products the keys of the caller's {@code /products/<KEY>} groups
 */
public record CurrentUser(String id, String username, @Nullable String name, Set<String> realmRoles,
		Map<String, Set<String>> clientRoles, Set<String> teams, Set<String> products) implements Serializable {

	/** Copies every collection, so a user never changes after it was created. */
	public CurrentUser {
		Objects.requireNonNull(id, "id");
		username = username == null || username.isBlank() ? id : username;
		realmRoles = copy(realmRoles);
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		if (clientRoles != null) {
			clientRoles.forEach((client, granted) -> roles.put(client, copy(granted)));
		}
		clientRoles = Collections.unmodifiableMap(roles);
		teams = copy(teams);
		products = copy(products);
	}

	/**
	 * Maps the claims of a Keycloak access token.
	 * @throws org.springframework.security.oauth2.server.resource.InvalidBearerTokenException if
	 * the claims have no {@code sub}
	 */
	public static CurrentUser fromClaims(Map<String, ?> claims) {
		return from(KeycloakClaims.of(claims));
	}

	static CurrentUser from(KeycloakClaims claims) {
		String id = claims.subject();
		return new CurrentUser(id, claims.text("preferred_username").orElse(id), claims.text("name").orElse(null),
				claims.realmRoles(), claims.clientRoles(), claims.groupKeys(KeycloakClaims.TEAM_GROUPS),
				claims.groupKeys(KeycloakClaims.PRODUCT_GROUPS));
	}

	/** Whether the caller holds a realm role, e.g. {@link Roles#PRODUCT_OWNER}. */
	public boolean hasRole(String realmRole) {
		return realmRoles.contains(realmRole);
	}

	/** Whether a client of the realm granted the caller one of its roles. */
	public boolean hasClientRole(String clientId, String clientRole) {
		return clientRoles.getOrDefault(clientId, Set.of()).contains(clientRole);
	}

	/** Holds {@link Roles#ADMIN}. */
	public boolean isAdmin() {
		return hasRole(Roles.ADMIN);
	}

	/** Holds {@link Roles#PORTFOLIO_MANAGER}. */
	public boolean isPortfolioManager() {
		return hasRole(Roles.PORTFOLIO_MANAGER);
	}

	/** Holds {@link Roles#PRODUCT_OWNER}. */
	public boolean isProductOwner() {
		return hasRole(Roles.PRODUCT_OWNER);
	}

	/** Admins and portfolio managers see every product, whatever their groups. */
	public boolean seesAllProducts() {
		return isAdmin() || isPortfolioManager();
	}

	/** Whether the caller may see a product: they see all, or a {@code /products/<KEY>} group grants it. */
	public boolean canSee(String productKey) {
		return seesAllProducts() || products.contains(productKey);
	}

	/** Whether the caller is in the {@code /teams/<KEY>} group of a team. */
	public boolean isMemberOf(String teamKey) {
		return teams.contains(teamKey);
	}

	private static Set<String> copy(@Nullable Set<String> values) {
		return values == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
	}

}
