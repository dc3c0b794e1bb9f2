/**
 * Item use cases. Each runs in one transaction: the rule check, the new version, its history
 * and its outbox event commit together or not at all. Ordering changes of one product are
 * serialized by a lock on the product's order row, so concurrent moves never collide on a rank.
 * <p>
 * Who may do what ({@code ItemAccess}): an item in a product the caller may not see does not
 * exist (404); its team's members and the product's owners edit it, others who see it get 403.
 * Handing an item to another team needs the product owner (or an administrator) or membership of
 * both the old and the new team. An item id sent in a body (a parent, a move's neighbour) must name
 * an item of the same product; an unknown id, one of another product and one the caller may not
 * see get one answer, 422 naming the field, so that no answer tells whether an id exists (ADR 0005).
 */
package org.refinery.backlog.item.application;
