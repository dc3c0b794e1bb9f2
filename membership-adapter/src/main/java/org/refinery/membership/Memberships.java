package org.refinery.membership;

import java.util.List;

/**
 * Where a service's caller gets their Refinery memberships from, asked once for every request.
 * backlog-service answers from the memberships it owns; the other services from the copy this
 * adapter keeps ({@link ReplicatedMemberships}), so the caller is built the same way everywhere.
 */
public interface Memberships {

	/** Every role the person holds in any product, by username (the token's {@code preferred_username}). */
	List<Membership> ofUser(String username);

}
