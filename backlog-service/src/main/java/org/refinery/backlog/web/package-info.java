/**
 * Service-wide web plumbing: how the backlog writes JSON. Controllers declare a
 * {@link org.refinery.membership.Caller} parameter, resolved by the membership adapter from the
 * Keycloak token and the memberships this service owns (feature {@code member}), read afresh for
 * every request, so that feature code never touches security types and every rule honours both
 * sources of access.
 */
package org.refinery.backlog.web;
