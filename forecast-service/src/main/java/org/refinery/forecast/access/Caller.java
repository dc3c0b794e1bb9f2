package org.refinery.forecast.access;

import org.refinery.membership.Membership;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is asking, as forecast's rules need it; the web edge builds it for every request from the
 * Keycloak token plus the caller's Refinery memberships (ADR 0009), so that the application
 * layer reads no Keycloak type and a grant or revocation counts from the next request. Access is
 * the union of both: a caller sees a product when a group or any membership of it grants it, or
 * when they are an administrator or portfolio manager; they own it as a product owner who sees it
 * by token, or by an owner membership; they belong to a team by its group or a team membership.
 *
 * @param productKeys the keys of the caller's {@code /products/<KEY>} groups
 * @param teamKeys the keys of the caller's {@code /teams/<KEY>} groups
 * @param memberships the roles Refinery's product owners granted the caller
 */
public record Caller(String subject, String username, boolean admin, boolean portfolioManager,
		boolean productOwner, Set<String> productKeys, Set<String> teamKeys, List<Membership> memberships) {

	public Caller {
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
	 * Holds the product-owner realm role and sees the product by token, or holds an owner
	 * membership of it. A viewer membership never makes a product-owner role own a product.
	 */
	public boolean ownsProduct(String productKey) {
		return (productOwner && (seesAllProducts() || productKeys.contains(productKey)))
				|| memberships.stream().anyMatch(m -> m.owns(productKey));
	}

	/** In the team's Keycloak group, or a member of it by Refinery membership. */
	public boolean isMemberOf(String teamKey) {
		return teamKeys.contains(teamKey) || memberships.stream().anyMatch(m -> m.belongsTo(teamKey));
	}

}
