package org.refinery.membership;

import java.util.Objects;

/**
 * One role a person holds in a product.
 *
 * @param productKey the product, e.g. {@code PAY}
 * @param role what the person may do in it
 * @param teamKey the team, for {@link MemberRole#TEAM_MEMBER} only; {@code null} otherwise
 */
public record Membership(String productKey, MemberRole role, String teamKey) {

	public Membership {
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(role, "role");
		if ((role == MemberRole.TEAM_MEMBER) != (teamKey != null)) {
			throw new IllegalArgumentException("teamKey is required for TEAM_MEMBER and only for it");
		}
	}

	/** Whether this membership makes its holder an owner of the product. */
	public boolean owns(String product) {
		return role == MemberRole.PRODUCT_OWNER && productKey.equals(product);
	}

	/** Whether this membership makes its holder a member of the team. */
	public boolean belongsTo(String team) {
		return role == MemberRole.TEAM_MEMBER && teamKey.equals(team);
	}

}
