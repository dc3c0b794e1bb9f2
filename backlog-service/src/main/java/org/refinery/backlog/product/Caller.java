package org.refinery.backlog.product;

import java.util.Set;

/**
 * Who is asking, as the backlog's rules need it: the web edge builds it from the Keycloak
 * token so that the rules here stay free of security frameworks. A caller sees a product when
 * a group grants it, when they own it, or when they are an administrator or portfolio manager.
 */
public record Caller(String subject, String username, boolean admin, boolean portfolioManager,
		boolean productOwner, Set<String> productKeys, Set<String> teamKeys) {

	public Caller {
		productKeys = Set.copyOf(productKeys);
		teamKeys = Set.copyOf(teamKeys);
	}

	public Actor actor() {
		return new Actor(subject, username);
	}

	public ProductScope scope() {
		return admin || portfolioManager ? ProductScope.all() : ProductScope.only(productKeys, subject);
	}

	/**
	 * Product owners shape a product they own or a group grants them; administrators any.
	 * Portfolio managers watch, they do not reorder other people's backlogs.
	 */
	public boolean mayManage(String productKey, boolean owns) {
		return admin || (productOwner && (owns || productKeys.contains(productKey)));
	}

	public boolean isMemberOf(String teamKey) {
		return teamKeys.contains(teamKey);
	}

}
