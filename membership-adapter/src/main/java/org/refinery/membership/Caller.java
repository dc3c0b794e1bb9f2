package org.refinery.membership;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: every service's one view of the signed-in person, built for every request by
 * {@link CallerResolver} from the token's grants plus the person's Refinery memberships
 * (ADR 0009), so that no application service reads a Keycloak type and a grant or revocation
 * counts from the next request. Effective access is the union of both sources, answered here once
 * for every service; what a service lets a caller do with that access (manage goals, import
 * history, shape a backlog) stays beside the feature it protects.
 *
 * <p>Framework-free, so that feature domain code may ask it.
 *
 * @param subject the token's subject, stable across renames
 * @param username the token's {@code preferred_username}, what memberships are keyed by
 * @param admin holds the {@code refinery-admin} realm role
 * @param portfolioManager holds the {@code portfolio-manager} realm role
 * @param productOwner holds the {@code product-owner} realm role
 * @param productKeys the keys of the caller's {@code /products/<KEY>} groups
 * @param teamKeys the keys of the caller's {@code /teams/<KEY>} groups
 * @param memberships the roles Refinery's product owners granted the caller
 */
public record Caller(String subject, String username, boolean admin, boolean portfolioManager, boolean productOwner,
		Set<String> productKeys, Set<String> teamKeys, List<Membership> memberships) {

	public Caller {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(username, "username");
		productKeys = Set.copyOf(productKeys);
		teamKeys = Set.copyOf(teamKeys);
		memberships = List.copyOf(memberships);
	}

	/** A caller known from the token alone, without Refinery memberships. */
	public Caller(String subject, String username, boolean admin, boolean portfolioManager, boolean productOwner,
			Set<String> productKeys, Set<String> teamKeys) {
		this(subject, username, admin, portfolioManager, productOwner, productKeys, teamKeys, List.of());
	}

	/** Administrators and portfolio managers see every product, whatever their groups. */
	public boolean seesAllProducts() {
		return admin || portfolioManager;
	}

	/** Sees every product, or the product's group or any membership of it grants it. */
	public boolean canSee(String productKey) {
		return seesAllProducts() || productKeys.contains(productKey)
				|| memberships.stream().anyMatch(m -> m.productKey().equals(productKey));
	}

	/** The products visible to the caller, {@code null} meaning every product. */
	public Set<String> visibleProducts() {
		if (seesAllProducts()) {
			return null;
		}
		Set<String> visible = new HashSet<>(productKeys);
		memberships.forEach(m -> visible.add(m.productKey()));
		return Set.copyOf(visible);
	}

	/**
	 * Owns the product: an administrator owns every product; a product owner by realm role owns
	 * those their groups grant; anyone owns a product an owner membership gives them. A viewer or
	 * team membership never makes the realm role own a product. Portfolio managers watch, they do
	 * not own.
	 */
	public boolean ownsProduct(String productKey) {
		return admin || (productOwner && productKeys.contains(productKey))
				|| memberships.stream().anyMatch(m -> m.owns(productKey));
	}

	/** In the team's Keycloak group, or a member of it by Refinery membership; never of no team. */
	public boolean isMemberOf(String teamKey) {
		return teamKey != null
				&& (teamKeys.contains(teamKey) || memberships.stream().anyMatch(m -> m.belongsTo(teamKey)));
	}

}
