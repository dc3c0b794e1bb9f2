package org.refinery.alignment.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Where a goal sits among the others, and the rules of that place. {@code ancestors} runs from
 * the (new) parent upwards; {@code siblings} are the other goals under the same parent;
 * {@code children} the goals directly under the goal itself; {@code peers} the goals whose target
 * shares split the same effort with the goal's: every theme (the portfolio's effort), or the
 * goals of the goal's product (that product's effort).
 */
public record GoalHierarchy(List<Goal> ancestors, List<Goal> siblings, List<Goal> children, List<Goal> peers) {

	public GoalHierarchy {
		ancestors = List.copyOf(ancestors);
		siblings = List.copyOf(siblings);
		children = List.copyOf(children);
		peers = List.copyOf(peers);
	}

	/** A place whose target shares are split with the siblings alone. */
	public GoalHierarchy(List<Goal> ancestors, List<Goal> siblings, List<Goal> children) {
		this(ancestors, siblings, children, siblings);
	}

	/**
	 * Checks, in this order: no goal is its own ancestor; levels nest (an objective has no
	 * parent, a theme's parent is an objective, a product goal's parent is a theme); the goal's
	 * timeframe lies within its parent's and still contains its children's; the target shares of
	 * its peers add up to at most 100 % (retired goals do not count).
	 */
	public void verify(Goal goal) {
		requireNoCycle(goal);
		requireLevels(goal);
		if (!ancestors.isEmpty()) {
			requireWithin(goal, ancestors.getFirst(), "its parent '" + ancestors.getFirst().title() + "'");
		}
		for (Goal child : children) {
			requireWithin(child, goal, "'" + goal.title() + "', its parent");
		}
		requireShares(goal);
	}

	private void requireNoCycle(Goal goal) {
		for (Goal ancestor : ancestors) {
			if (ancestor.id().equals(goal.id())) {
				throw new GoalRuleViolation("'" + goal.title() + "' cannot be placed under itself or under a goal "
						+ "below it");
			}
		}
	}

	private void requireLevels(Goal goal) {
		Goal parent = ancestors.isEmpty() ? null : ancestors.getFirst();
		GoalLevel expected = switch (goal.level()) {
			case OBJECTIVE -> null;
			case THEME -> GoalLevel.OBJECTIVE;
			case PRODUCT_GOAL -> GoalLevel.THEME;
		};
		if (expected == null && parent != null) {
			throw new GoalRuleViolation("An objective has no parent; '" + goal.title() + "' names one");
		}
		if (expected != null && parent == null) {
			throw new GoalRuleViolation("A " + goal.level() + " needs a parent " + expected);
		}
		if (expected != null && parent.level() != expected) {
			throw new GoalRuleViolation("The parent of a " + goal.level() + " must be a " + expected + ", but '"
					+ parent.title() + "' is a " + parent.level());
		}
	}

	private static void requireWithin(Goal inner, Goal outer, String outerName) {
		boolean startsBefore = outer.timeframeStart() != null
				&& (inner.timeframeStart() == null || inner.timeframeStart().isBefore(outer.timeframeStart()));
		boolean endsAfter = outer.timeframeEnd() != null
				&& (inner.timeframeEnd() == null || inner.timeframeEnd().isAfter(outer.timeframeEnd()));
		if (startsBefore || endsAfter) {
			throw new GoalRuleViolation("The timeframe " + span(inner) + " of '" + inner.title()
					+ "' must lie within the timeframe " + span(outer) + " of " + outerName);
		}
	}

	private void requireShares(Goal goal) {
		if (goal.targetInvestmentShare() == null || goal.status() == GoalStatus.RETIRED) {
			return;
		}
		BigDecimal total = peers.stream()
			.filter(peer -> !peer.id().equals(goal.id()) && peer.status() != GoalStatus.RETIRED)
			.filter(peer -> peer.level() == goal.level() && Objects.equals(peer.productKey(), goal.productKey()))
			.map(Goal::targetInvestmentShare)
			.filter(Objects::nonNull)
			.reduce(goal.targetInvestmentShare(), BigDecimal::add);
		if (total.compareTo(BigDecimal.ONE) > 0) {
			String level = goal.level() == GoalLevel.THEME ? "the organisation's themes"
					: "the goals of product " + goal.productKey();
			throw new TargetSharesExceeded(level, goal.targetInvestmentShare(), total);
		}
	}

	private static String span(Goal goal) {
		return (goal.timeframeStart() == null ? "open" : goal.timeframeStart().toString()) + ".."
				+ (goal.timeframeEnd() == null ? "open" : goal.timeframeEnd().toString());
	}

}
