package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.summary.AlignmentSummary.GoalInvestment;
import org.refinery.alignment.summary.AlignmentSummary.ThemeInvestment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Planned against actual investment of one product. A product's targets are its own: the target
 * share a product goal carries is the share of its product's effort meant for it, and a theme's
 * target for the product is the sum of the targets of the product's goals under it. A theme's
 * own target is the portfolio's and is shown beside, as {@code portfolioTarget}; the portfolio
 * view measures its drift. Drift is {@code actual - target}, {@code null} without a target.
 */
final class Investment {

	private final Map<UUID, Goal> goals;

	private final String productKey;

	Investment(Map<UUID, Goal> goals, String productKey) {
		this.goals = goals;
		this.productKey = productKey;
	}

	/** Active themes with a portfolio target or a target of this product, by title. */
	List<ThemeInvestment> themes(List<BacklogItem> inScope, Effort effort, EffectiveLinks links) {
		BigDecimal total = total(inScope, effort);
		return sorted(goal -> goal.level() == GoalLevel.THEME && goal.status() == GoalStatus.ACTIVE)
			.map(theme -> {
				BigDecimal target = productTarget(theme);
				if (target == null && theme.targetInvestmentShare() == null) {
					return null;
				}
				BigDecimal served = served(inScope, effort, links, link -> theme.id().equals(themeOf(goal(link))));
				BigDecimal actual = Ratio.share(served, total);
				return new ThemeInvestment(theme.id(), theme.title(), target, theme.targetInvestmentShare(),
						served.stripTrailingZeros(), actual, drift(actual, target));
			})
			.filter(Objects::nonNull)
			.toList();
	}

	/** Active goals of this product with a target, by title. */
	List<GoalInvestment> productGoals(List<BacklogItem> inScope, Effort effort, EffectiveLinks links) {
		BigDecimal total = total(inScope, effort);
		return sorted(goal -> ownGoal(goal) && goal.status() == GoalStatus.ACTIVE && goal.targetInvestmentShare() != null)
			.map(goal -> {
				BigDecimal served = served(inScope, effort, links, link -> link.goalId().equals(goal.id()));
				BigDecimal actual = Ratio.share(served, total);
				return new GoalInvestment(goal.id(), goal.title(), goal.targetInvestmentShare(),
						served.stripTrailingZeros(), actual, drift(actual, goal.targetInvestmentShare()));
			})
			.toList();
	}

	/** The sum of the targets of this product's goals in force under the theme; {@code null} when none has one. */
	private BigDecimal productTarget(Goal theme) {
		return goals.values().stream()
			.filter(goal -> ownGoal(goal) && theme.id().equals(goal.parentId()) && goal.status() != GoalStatus.RETIRED)
			.map(Goal::targetInvestmentShare)
			.filter(Objects::nonNull)
			.reduce(BigDecimal::add)
			.orElse(null);
	}

	/** The effort of the items serving what {@code serves} selects: per item the weights of its links to active goals, capped at 1. */
	private BigDecimal served(List<BacklogItem> inScope, Effort effort, EffectiveLinks links, Predicate<Link> serves) {
		BigDecimal served = BigDecimal.ZERO;
		for (BacklogItem item : inScope) {
			BigDecimal weight = links.of(item)
				.stream()
				.filter(link -> goal(link).status() == GoalStatus.ACTIVE && serves.test(link))
				.map(Link::contributionWeight)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			served = served.add(effort.of(item).multiply(weight.min(BigDecimal.ONE)));
		}
		return served;
	}

	private Stream<Goal> sorted(Predicate<Goal> which) {
		return goals.values().stream().filter(which).sorted(Comparator.comparing(Goal::title).thenComparing(Goal::id));
	}

	private boolean ownGoal(Goal goal) {
		return goal.level() == GoalLevel.PRODUCT_GOAL && productKey.equals(goal.productKey());
	}

	private Goal goal(Link link) {
		return goals.get(link.goalId());
	}

	static UUID themeOf(Goal goal) {
		return switch (goal.level()) {
			case THEME -> goal.id();
			case PRODUCT_GOAL -> goal.parentId();
			case OBJECTIVE -> null;
		};
	}

	private static BigDecimal total(List<BacklogItem> inScope, Effort effort) {
		return inScope.stream().map(effort::of).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal drift(BigDecimal actual, BigDecimal target) {
		return actual == null || target == null ? null : actual.subtract(target);
	}

}
