package org.refinery.membership;

/** A person's role in one product, as its owners grant it in Refinery (see the backlog's members API). */
public enum MemberRole {

	/** Owns the product: shapes it as a product owner whose group grants the product would. */
	PRODUCT_OWNER,

	/** Belongs to one team of the product, as the team's Keycloak group would make them. */
	TEAM_MEMBER,

	/** Sees the product; grants no write. */
	VIEWER

}
