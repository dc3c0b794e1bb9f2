package org.refinery.contracts.backlog.products;

import org.refinery.contracts.Fields;

/**
 * One role a person holds in a product. A person with several roles (owner and member of two
 * teams) appears once per role.
 *
 * @param username the person's {@code preferred_username}, as tokens carry it
 * @param role what the person may do in the product
 * @param teamKey the team, for {@link MemberRole#TEAM_MEMBER} only; absent otherwise
 */
public record ProductMember(String username, MemberRole role, String teamKey) {

	public ProductMember {
		Fields.required(username, "ProductMember", "username");
		Fields.required(role, "ProductMember", "role");
		if ((role == MemberRole.TEAM_MEMBER) != (teamKey != null)) {
			throw new IllegalArgumentException("ProductMember.teamKey is required for TEAM_MEMBER and only for it");
		}
	}

}
