package org.refinery.alignment.goal;

import java.util.Set;

/**
 * Who is asking, as alignment's rules need it; the web edge builds it from the Keycloak token
 * so the rules here stay free of security frameworks.
 */
public record Caller(String subject, String username, boolean admin, boolean portfolioManager,
		boolean productOwner, Set<String> productKeys) {

	public Caller {
		productKeys = Set.copyOf(productKeys);
	}

	public Actor actor() {
		return new Actor(subject, username);
	}

	/** Administrators and portfolio managers see every product; others those their groups grant. */
	public boolean seesAllProducts() {
		return admin || portfolioManager;
	}

	public boolean canSee(String productKey) {
		return seesAllProducts() || productKeys.contains(productKey);
	}

	/** The products visible to the caller, {@code null} meaning every product. */
	public Set<String> visibleProducts() {
		return seesAllProducts() ? null : productKeys;
	}

	/** Objectives and themes are the organisation's strategy: portfolio managers and administrators set them. */
	public boolean managesStrategy() {
		return admin || portfolioManager;
	}

	/**
	 * Product goals are set by the product's owners (a group grants the product), by portfolio
	 * managers, who derive them from the themes they own, and by administrators.
	 */
	public boolean managesGoalsOf(String productKey) {
		return admin || portfolioManager || (productOwner && productKeys.contains(productKey));
	}

	/** Links are stated by the product's owners and by portfolio managers (and administrators). */
	public boolean linksWorkOf(String productKey) {
		return admin || portfolioManager || (productOwner && productKeys.contains(productKey));
	}

}
