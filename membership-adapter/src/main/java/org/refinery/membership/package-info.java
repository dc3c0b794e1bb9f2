/**
 * Who is asking, the same in every service, and a service's copy of product membership for the
 * services that do not own it (ADR 0009).
 *
 * <p>{@link org.refinery.membership.Caller} is the one answer to "may this caller…": the token's
 * realm roles and groups united with the caller's Refinery memberships, with the questions every
 * service asks (sees a product, owns it, is a member of a team, sees all). Its resolver, registered
 * by {@link org.refinery.membership.CallerAutoConfiguration} for every servlet service, is the one
 * place that reads the Keycloak token; it asks the service's {@link org.refinery.membership.Memberships}
 * for every request. What a service lets a caller do beyond those questions (set strategy, link
 * work, set a baseline) is a rule beside the feature it protects, in the service.
 *
 * <p>Memberships: 
 * backlog-service owns who holds which role in a product, answers
 * {@link org.refinery.membership.Memberships} from its own tables, and publishes the full list with every
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
 * so a grant or revocation counts from the next request, without a new login.
 */
package org.refinery.membership;
