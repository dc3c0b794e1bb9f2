/**
 * Products: the unit that owns one shared, ordered backlog and the teams that refine it. A
 * product delivers either in Sprints (Scaled Scrum) or in Releases (Scaled Kanban); that
 * cadence is what forecasts are expressed in. People see a product when a Keycloak group
 * or a membership (feature {@code member}) grants it; portfolio managers and administrators see
 * every product. {@link org.refinery.membership.Caller} is the one answer to "may this caller…":
 * the union of the token's grants and the caller's memberships, so the rules here and in every
 * feature ask it and never which source a grant came from. What a caller sees of the products is
 * {@link org.refinery.backlog.product.ProductScope#of}; who shapes a product (settings, teams,
 * order, people, imports) is its owner, {@code Caller.ownsProduct}: administrators, the
 * product-owner role with the product's group, or an owner membership. Portfolio managers watch.
 *
 * <p>Every change of a product's settings and of its Definition of Ready is kept, setting by
 * setting, with who made it, when, and the value before and after; a change that changes nothing
 * is neither a new version nor in the history.
 */
package org.refinery.backlog.product;
