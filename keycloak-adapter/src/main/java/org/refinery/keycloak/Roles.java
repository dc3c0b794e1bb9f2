package org.refinery.keycloak;

/**
 * The realm roles of the {@code refinery} realm. A realm role {@code r} becomes the Spring
 * Security authority {@code ROLE_r}, so {@code hasRole(Roles.PRODUCT_OWNER)} works as expected.
 */
public final class Roles {

	/** Administers the platform; sees and may change everything. */
	public static final String ADMIN = "refinery-admin";

	/** Looks across products: alignment dashboards, every product's backlog. */
	public static final String PORTFOLIO_MANAGER = "portfolio-manager";

	/** Orders a product's backlog and manages its goals and settings. */
	public static final String PRODUCT_OWNER = "product-owner";

	/** Refines and edits the items of their own teams. */
	public static final String TEAM_MEMBER = "team-member";

	/** Reads the products their groups grant, changes nothing. */
	public static final String VIEWER = "viewer";

	private Roles() {
	}

	/** The Spring Security authority of a realm role, e.g. {@code ROLE_product-owner}. */
	public static String authority(String realmRole) {
		return "ROLE_" + realmRole;
	}

	/** The Spring Security authority of a client role, e.g. {@code ROLE_refinery-api:importer}. */
	public static String authority(String clientId, String clientRole) {
		return "ROLE_" + clientId + ":" + clientRole;
	}

}
