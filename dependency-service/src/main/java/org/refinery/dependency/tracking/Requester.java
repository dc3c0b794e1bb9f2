package org.refinery.dependency.tracking;

import java.util.Set;

/**
 * Who is asking, as the dependency rules need it; the web edge builds it from the Keycloak
 * token. A requester sees a product when a group grants it or when they are an administrator or
 * portfolio manager; they own it as a product owner the product's group includes, or as an
 * administrator.
 */
public record Requester(String subject, String username, boolean admin, boolean seesAll, boolean productOwner,
		Set<String> products, Set<String> teams) {

	public Requester {
		products = Set.copyOf(products);
		teams = Set.copyOf(teams);
	}

	public boolean canSee(String productKey) {
		return seesAll || products.contains(productKey);
	}

	public boolean ownsProduct(String productKey) {
		return admin || (productOwner && products.contains(productKey));
	}

	public boolean isMemberOf(String teamKey) {
		return teamKey != null && teams.contains(teamKey);
	}

	/** The products this requester may read, or null for every product. */
	public Set<String> visibleProducts() {
		return seesAll ? null : products;
	}

}
