package org.refinery.contracts.backlog.products;

/**
 * A person's role in one product, as the product's owners grant it in Refinery. Realm roles and
 * Keycloak groups grant access too; they travel in the caller's token, not in events.
 */
public enum MemberRole {

	/** Shapes the product: its settings, teams, order and people. */
	PRODUCT_OWNER,

	/** Refines and changes the items of one team of the product. */
	TEAM_MEMBER,

	/** Reads the product; never writes. */
	VIEWER

}
