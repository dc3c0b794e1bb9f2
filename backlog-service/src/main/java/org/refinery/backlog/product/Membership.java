package org.refinery.backlog.product;

import java.util.Objects;

/**
 * One role a person holds in a product through Refinery's own membership, as opposed to a
 * Keycloak group or realm role in their token.
 *
 * @param teamKey the team, for {@link MemberRole#TEAM_MEMBER} only; null otherwise
 */
public record Membership(String productKey, MemberRole role, String teamKey) {

	public Membership {
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(role, "role");
		if ((role == MemberRole.TEAM_MEMBER) != (teamKey != null)) {
			throw new IllegalArgumentException("A team key goes with TEAM_MEMBER and only with it");
		}
	}

}
