package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A strategic goal. {@code targetInvestmentShare} (0..1) is set on themes and product goals: on a
 * theme the share of the portfolio's effort the organisation means to spend on it, on a product
 * goal the share of its product's effort. Only product goals belong to a product
 * ({@code productId} may be unknown for goals stored before the product arrived).
 */
public record Goal(UUID id, GoalLevel level, UUID parentId, UUID productId, String productKey, String title,
		String owner, GoalStatus status, int weight, BigDecimal targetInvestmentShare, LocalDate timeframeStart,
		LocalDate timeframeEnd, List<KeyResult> keyResults, long version) {

	public Goal {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		keyResults = keyResults == null ? List.of() : List.copyOf(keyResults);
		targetInvestmentShare = Decimals.plain(targetInvestmentShare);
		if ((level == GoalLevel.PRODUCT_GOAL) != (productKey != null)) {
			throw new GoalRuleViolation("Exactly the product goals belong to a product");
		}
	}

	/**
	 * A new goal at version 1. Its own fields must agree with its level; how it fits among
	 * other goals is {@link GoalHierarchy}'s question.
	 */
	public static Goal create(UUID id, NewGoal command, UUID productId) {
		if (command.level() == GoalLevel.PRODUCT_GOAL && command.productKey() == null) {
			throw new GoalRuleViolation("A product goal needs a productKey");
		}
		if (command.level() != GoalLevel.PRODUCT_GOAL && command.productKey() != null) {
			throw new GoalRuleViolation("Only product goals belong to a product; a " + command.level()
					+ " spans the organisation");
		}
		Goal goal = new Goal(id, command.level(), command.parentId(), productId, command.productKey(),
				command.title(), command.owner(), command.status() == null ? GoalStatus.ACTIVE : command.status(),
				command.weight() == null ? 1 : command.weight(), command.targetInvestmentShare(),
				command.timeframeStart(), command.timeframeEnd(), command.keyResults(), 1);
		goal.requireConsistent();
		return goal;
	}

	/** This goal with the patch applied and the next version; unchanged when the patch changes nothing. */
	public Goal patched(GoalPatch patch) {
		Goal after = new Goal(id, level, or(patch.parentId(), parentId), productId, productKey,
				or(patch.title(), title), or(patch.owner(), owner), or(patch.status(), status),
				or(patch.weight(), weight), or(patch.targetInvestmentShare(), targetInvestmentShare),
				or(patch.timeframeStart(), timeframeStart), or(patch.timeframeEnd(), timeframeEnd),
				or(patch.keyResults(), keyResults), version);
		if (after.equals(this)) {
			return this;
		}
		after.requireConsistent();
		return after.withVersion(version + 1);
	}

	/** The names of the wire-visible fields ({@code GoalState}) that differ from {@code before}. */
	public Set<String> changedSince(Goal before) {
		Set<String> changed = new LinkedHashSet<>();
		compare(changed, "parentId", before.parentId, parentId);
		compare(changed, "title", before.title, title);
		compare(changed, "status", before.status, status);
		compare(changed, "weight", before.weight, weight);
		compare(changed, "targetInvestmentShare", before.targetInvestmentShare, targetInvestmentShare);
		compare(changed, "timeframeStart", before.timeframeStart, timeframeStart);
		compare(changed, "timeframeEnd", before.timeframeEnd, timeframeEnd);
		return changed;
	}

	/** Whether the goal applies on {@code day}; an open bound does not limit it. */
	public boolean activeOn(LocalDate day) {
		return status == GoalStatus.ACTIVE && (timeframeStart == null || !day.isBefore(timeframeStart))
				&& (timeframeEnd == null || !day.isAfter(timeframeEnd));
	}

	Goal withVersion(long newVersion) {
		return new Goal(id, level, parentId, productId, productKey, title, owner, status, weight,
				targetInvestmentShare, timeframeStart, timeframeEnd, keyResults, newVersion);
	}

	private void requireConsistent() {
		if (title.isBlank()) {
			throw new GoalRuleViolation("A goal needs a title");
		}
		if (weight < 1 || weight > 100) {
			throw new GoalRuleViolation("weight must be between 1 and 100, was " + weight);
		}
		if (targetInvestmentShare != null && level == GoalLevel.OBJECTIVE) {
			throw new GoalRuleViolation("Only themes and product goals have a target investment share; '" + title
					+ "' is an OBJECTIVE");
		}
		if (targetInvestmentShare != null
				&& (targetInvestmentShare.signum() < 0 || targetInvestmentShare.compareTo(BigDecimal.ONE) > 0)) {
			throw new GoalRuleViolation("targetInvestmentShare must be between 0 and 1, was " + targetInvestmentShare);
		}
		if (timeframeStart != null && timeframeEnd != null && timeframeStart.isAfter(timeframeEnd)) {
			throw new GoalRuleViolation("The timeframe of '" + title + "' starts on " + timeframeStart
					+ ", after it ends on " + timeframeEnd);
		}
	}

	private static <T> T or(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private static void compare(Set<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

}
