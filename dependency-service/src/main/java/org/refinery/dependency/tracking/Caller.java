package org.refinery.dependency.tracking;

import org.refinery.membership.Membership;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is asking, as the dependency rules need it; the web edge builds it for every request from
 * the Keycloak token plus the caller's Refinery memberships (ADR 0009), so a grant or revocation
 * counts from the next request. Access is the union of both: a caller sees a product when a group
 * or any membership of it grants it, or when they are an administrator or portfolio manager; they
 * own it as a product owner the product's group includes, by an owner membership, or as an
 * administrator; they belong to a team by its group or a team membership.
 *
 * @param products the keys of the caller's {@code /products/<KEY>} groups
 * @param teams the keys of the caller's {@code /teams/<KEY>} groups
 * @param memberships the roles Refinery's product owners granted the caller
 */
public record Caller(String subject, String username, boolean admin, boolean seesAll, boolean productOwner,
		Set<String> products, Set<String> teams, List<Membership> memberships) {

	public Caller {
		products = Set.copyOf(products);
		teams = Set.copyOf(teams);
		memberships = List.copyOf(memberships);
	}

	/** A caller known from the token alone, without Refinery memberships. */
	public Caller(String subject, String username, boolean admin, boolean seesAll, boolean productOwner,
			Set<String> products, Set<String> teams) {
		this(subject, username, admin, seesAll, productOwner, products, teams, List.of());
	}

	public boolean canSee(String productKey) {
		return seesAll || products.contains(productKey)
				|| memberships.stream().anyMatch(m -> m.productKey().equals(productKey));
	}

	public boolean ownsProduct(String productKey) {
		return admin || (productOwner && products.contains(productKey))
				|| memberships.stream().anyMatch(m -> m.owns(productKey));
	}

	public boolean isMemberOf(String teamKey) {
		return teamKey != null
				&& (teams.contains(teamKey) || memberships.stream().anyMatch(m -> m.belongsTo(teamKey)));
	}

	/** The products this caller may read, or null for every product. */
	public Set<String> visibleProducts() {
		if (seesAll) {
			return null;
		}
		Set<String> visible = new HashSet<>(products);
		memberships.forEach(m -> visible.add(m.productKey()));
		return Set.copyOf(visible);
	}

}
