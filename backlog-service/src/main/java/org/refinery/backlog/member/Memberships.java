package org.refinery.backlog.member;

import org.refinery.backlog.product.Membership;

import java.util.List;
import java.util.UUID;

/** The stored people of every product, with their history and one version per product. */
public interface Memberships {

	/** Every role the person holds in any product: what the caller of a request is granted. */
	List<Membership> ofUser(String username);

	/** The roles of one person in one product. */
	List<Membership> ofUserIn(UUID productId, String productKey, String username);

	/** A page of the product's people, by username then role. */
	List<ProductMember> ofProduct(UUID productId, int offset, int limit);

	/** The roles of one person in one product, with who granted them. */
	List<ProductMember> rolesOf(UUID productId, String username);

	/** Everyone's roles in the product, as events carry them. */
	List<ProductMember> allOf(UUID productId);

	long countOf(UUID productId);

	long ownerCount(UUID productId);

	/** The product's membership version: 0 before its first member. */
	long version(UUID productId);

	/**
	 * Starts a change: bumps the product's membership version and holds its lock until the
	 * transaction ends, so concurrent changes are ordered and the owner count stays true.
	 * @return the version the change makes
	 */
	long nextVersion(UUID productId);

	void grant(UUID productId, long version, String username, Membership role, String grantedBy);

	void revoke(UUID productId, long version, String username, Membership role, String revokedBy);

	List<MembershipChange> history(UUID productId, int offset, int limit);

	long historyCount(UUID productId);

}
