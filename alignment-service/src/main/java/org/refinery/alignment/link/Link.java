package org.refinery.alignment.link;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * An item serves a goal. {@code contributionWeight} (0 < w ≤ 1) is the part of the item's
 * effort that counts for the goal; 1 unless stated.
 */
public record Link(UUID id, UUID itemId, UUID goalId, UUID productId, String productKey, String rationale,
		BigDecimal contributionWeight, boolean active, long version) {

	public Link {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(itemId, "itemId");
		Objects.requireNonNull(goalId, "goalId");
		Objects.requireNonNull(productId, "productId");
		Objects.requireNonNull(productKey, "productKey");
		Objects.requireNonNull(rationale, "rationale");
		Objects.requireNonNull(contributionWeight, "contributionWeight");
	}

	/**
	 * A new active link at version 1. Removed items and retired goals cannot be linked, and a
	 * product goal is served only by items of its own product.
	 */
	public static Link create(UUID id, BacklogItem item, Goal goal, String rationale, BigDecimal weight) {
		if (item.status() == ItemStatus.REMOVED) {
			throw new LinkRuleViolation("Item " + item.key() + " is removed; only items in the backlog can be linked");
		}
		if (goal.status() == GoalStatus.RETIRED) {
			throw new LinkRuleViolation("Goal '" + goal.title() + "' is retired; link work to goals in force");
		}
		if (goal.level() == GoalLevel.PRODUCT_GOAL && !goal.productKey().equals(item.productKey())) {
			throw new LinkRuleViolation("Item " + item.key() + " belongs to " + item.productKey() + ", but '"
					+ goal.title() + "' is a product goal of " + goal.productKey());
		}
		BigDecimal contribution = weight == null ? BigDecimal.ONE : weight;
		if (contribution.signum() <= 0 || contribution.compareTo(BigDecimal.ONE) > 0) {
			throw new LinkRuleViolation("contributionWeight must be above 0 and at most 1, was " + contribution);
		}
		return new Link(id, item.id(), goal.id(), item.productId(), item.productKey(), rationale, contribution, true, 1);
	}

	/** The same statement for another item (a part split off this link's item), as a new link. */
	public Link carriedTo(UUID newId, UUID otherItemId) {
		return new Link(newId, otherItemId, goalId, productId, productKey, rationale, contributionWeight, true, 1);
	}

	/** The link, no longer holding, at the next version. */
	public Link unlinked() {
		if (!active) {
			throw new LinkRuleViolation("Link " + id + " was already removed");
		}
		return new Link(id, itemId, goalId, productId, productKey, rationale, contributionWeight, false, version + 1);
	}

}
