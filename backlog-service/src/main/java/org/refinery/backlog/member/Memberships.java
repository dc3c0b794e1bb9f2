package org.refinery.backlog.member;

import org.refinery.membership.Membership;

import java.util.List;
import java.util.UUID;

/**
 * The stored people of every product, with their history and one version per product. Being the
 * owner's {@link org.refinery.membership.Memberships}, it is what the membership adapter builds
 * each request's caller from ({@code ofUser}), as the other services' copies are.
 */
public interface Memberships extends org.refinery.membership.Memberships {

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
