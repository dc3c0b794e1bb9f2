package org.refinery.backlog.product;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is asking, as the backlog's rules need it: the web edge builds it from the Keycloak token
 * and the caller's Refinery memberships, read afresh for every request, so that the rules here
 * stay free of security frameworks and a grant or revocation counts from the next request on.
 * Effective access is the union of both sources: a caller sees a product when a group or a
 * membership grants it, or when they are an administrator or portfolio manager.
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

	public Actor actor() {
		return new Actor(subject, username);
	}

	public ProductScope scope() {
		if (admin || portfolioManager) {
			return ProductScope.all();
		}
		Set<String> keys = new HashSet<>(productKeys);
		memberships.forEach(membership -> keys.add(membership.productKey()));
		return ProductScope.only(keys);
	}

	/**
	 * Product owners shape a product a membership makes them own, or one a group grants them
	 * when they hold the product-owner realm role; administrators any. Portfolio managers watch,
	 * they do not reorder other people's backlogs.
	 */
	public boolean mayManage(String productKey) {
		return admin || (productOwner && productKeys.contains(productKey)) || memberships.stream()
			.anyMatch(m -> m.role() == MemberRole.PRODUCT_OWNER && m.productKey().equals(productKey));
	}

	/** In the team's Keycloak group, or a member of it by Refinery membership. */
	public boolean isMemberOf(String teamKey) {
		return teamKeys.contains(teamKey) || memberships.stream()
			.anyMatch(m -> m.role() == MemberRole.TEAM_MEMBER && m.teamKey().equals(teamKey));
	}

}
