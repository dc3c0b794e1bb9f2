package org.refinery.alignment.goal;

import org.refinery.membership.Membership;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is asking, as alignment's rules need it; the web edge builds it for every request from the
 * Keycloak token plus the caller's Refinery memberships (ADR 0009), so the rules here stay free
 * of security frameworks and a grant or revocation counts from the next request. Access is the
 * union of both: any membership of a product shows it, an owner membership owns it as the
 * product-owner role with the product's group does.
 *
 * @param productKeys the keys of the caller's {@code /products/<KEY>} groups
 * @param memberships the roles Refinery's product owners granted the caller
 */
public record Caller(String subject, String username, boolean admin, boolean portfolioManager,
		boolean productOwner, Set<String> productKeys, List<Membership> memberships) {

	public Caller {
		productKeys = Set.copyOf(productKeys);
		memberships = List.copyOf(memberships);
	}

	/** A caller known from the token alone, without Refinery memberships. */
	public Caller(String subject, String username, boolean admin, boolean portfolioManager, boolean productOwner,
			Set<String> productKeys) {
		this(subject, username, admin, portfolioManager, productOwner, productKeys, List.of());
	}

	public Actor actor() {
		return new Actor(subject, username);
	}

	/** Administrators and portfolio managers see every product; others those their groups or memberships grant. */
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

	/** Objectives and themes are the organisation's strategy: portfolio managers and administrators set them. */
	public boolean managesStrategy() {
		return admin || portfolioManager;
	}

	/**
	 * Product goals are set by the product's owners (the product-owner role with the product's
	 * group, or an owner membership), by portfolio managers, who derive them from the themes they
	 * own, and by administrators.
	 */
	public boolean managesGoalsOf(String productKey) {
		return admin || portfolioManager || owns(productKey);
	}

	/** Links are stated by the product's owners and by portfolio managers (and administrators). */
	public boolean linksWorkOf(String productKey) {
		return admin || portfolioManager || owns(productKey);
	}

	private boolean owns(String productKey) {
		return (productOwner && productKeys.contains(productKey))
				|| memberships.stream().anyMatch(m -> m.owns(productKey));
	}

}
