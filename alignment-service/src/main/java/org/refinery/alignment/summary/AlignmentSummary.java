package org.refinery.alignment.summary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The alignment of one product's backlog within a scope. Every figure counts each piece of work
 * once: only leaves count (items without children that are not removed; an epic's own estimate
 * only while it has no children), and a parent's links hold for the leaves below it.
 *
 * @param medianEstimate the effort an unestimated item counts with (see {@link Effort#RULE})
 * @param perTeam ratios per team key; items without a team under {@code "(none)"}
 * @param perGoal the in-scope work linked to each goal, by effort share of the goal
 * @param unaligned in-scope items serving no active goal, top rank first
 * @param goalsWithoutWork active product goals no in-scope item serves
 * @param investment per active theme with a portfolio target or a target of this product: the effort
 *     share that serves it and the drift against this product's target
 * @param goalInvestment per active product goal of this product with a target share: the same
 * @param linkedOnlyToRetiredGoals in-scope items whose every link points to a retired goal
 * @param linkedOnlyToAchievedGoals in-scope items whose every link points to an achieved goal: counted
 *     unaligned, listed apart because they usually need a new goal rather than a re-prioritisation
 */
public record AlignmentSummary(String productKey, Scope scope, BigDecimal medianEstimate, String unestimatedRule,
		Ratio overall, Map<String, Ratio> perTeam, List<GoalWork> perGoal, List<ItemRef> unaligned,
		List<GoalRef> goalsWithoutWork, List<ThemeInvestment> investment, List<GoalInvestment> goalInvestment,
		List<ItemRef> linkedOnlyToRetiredGoals, List<ItemRef> linkedOnlyToAchievedGoals) {

	/** An item as the summary lists it. */
	public record ItemRef(UUID id, String key, String title, String teamKey, BigDecimal estimate, String rank) {
	}

	/** A goal as the summary lists it. */
	public record GoalRef(UUID id, String level, String title) {
	}

	/** The in-scope items serving a goal and their effort (weighted by each link's contribution). */
	public record GoalWork(UUID goalId, String title, String level, String status, int items, BigDecimal effort) {
	}

	/**
	 * A theme's planned and actual share of the in-scope effort. {@code target} is this product's
	 * (the sum of the targets of its goals under the theme; {@code null} when none has one),
	 * {@code portfolioTarget} the theme's own, for the whole portfolio. {@code drift = actual - target}
	 * (positive: more invested than planned). {@code servedEffort} is the effort behind
	 * {@code actual}, so shares of several products can be combined.
	 */
	public record ThemeInvestment(UUID themeId, String title, BigDecimal target, BigDecimal portfolioTarget,
			BigDecimal servedEffort, BigDecimal actual, BigDecimal drift) {
	}

	/** A product goal's planned and actual share of its product's in-scope effort; {@code drift = actual - target}. */
	public record GoalInvestment(UUID goalId, String title, BigDecimal target, BigDecimal servedEffort,
			BigDecimal actual, BigDecimal drift) {
	}

}
