/**
 * A product's people: who owns it, who is a member of which of its teams, who only views it.
 * Refinery owns this (ADR 0009) so that a product owner can bring people in and out without an
 * identity administrator and a fresh login. Memberships are read afresh for every request where
 * the caller is built ({@code web}), and every rule asks that caller, so effective access is the
 * union of the token's Keycloak groups and realm roles and these memberships, and a grant or
 * revocation counts from the next request on. Every change is kept in history and announced as
 * {@code ProductMembersChanged} with the product's full membership (event-carried state), for
 * the other services to decide from their own copy.
 *
 * <p>Only the product's owners and administrators change its people. A caller who cannot see the
 * product gets 404, one who sees it but may not change its people 403 (ADR 0005). A product always
 * keeps one owner: removing the last one is refused (409), so that nobody is left who could fix it.
 */
package org.refinery.backlog.member;
