/**
 * A service's copy of product membership, for the services that do not own it (ADR 0009).
 * backlog-service owns who holds which role in a product and publishes the full list with every
 * change as {@code ProductMembersChanged}; dependency-, alignment- and forecast-service keep it
 * here, each in its own tables ({@code product_membership}, {@code product_member}, created by
 * the service's own Flyway migration, since every service owns its schema).
 *
 * <p>The copy is event-carried state: an event replaces the product's whole list when its
 * membership version is newer than the copy's, and is ignored otherwise, so a replayed or
 * reordered record is harmless. The listener reads the products topic in its own consumer group
 * ({@code <application>-members}): sharing the service's group with the service's own listener
 * of that topic would split the partitions between the two, and each would miss the other's
 * records. Failures retry and dead-letter through the kafka-adapter's error handler.
 *
 * <p>{@link org.refinery.membership.Memberships#ofUser} is read for every request, never cached,
 * so a grant or revocation counts from the next request, without a new login. Each service's
 * web edge folds the result into its own {@code Caller}; the rules stay in the service.
 */
package org.refinery.membership;
