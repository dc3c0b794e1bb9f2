package org.refinery.backlog.product;

/** A person's role in one product, granted in Refinery by the product's owners or an administrator. */
public enum MemberRole {

	/** Shapes the product: settings, teams, order, people. */
	PRODUCT_OWNER,

	/** Refines and changes the items of one team of the product. */
	TEAM_MEMBER,

	/** Reads the product and writes nothing. */
	VIEWER

}
