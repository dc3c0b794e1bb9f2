package org.refinery.alignment.summary;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.summary.AlignmentSummary.GoalRef;
import org.refinery.alignment.summary.AlignmentSummary.GoalWork;
import org.refinery.alignment.summary.AlignmentSummary.ItemRef;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The alignment rules. Only pieces of work count ({@link WorkBreakdown}: leaves). A piece of work
 * is <em>aligned</em> when at least one link holding for it (its own or an ancestor's) points to
 * an ACTIVE goal. A link counts its item's effort times its contribution weight for its goal. A
 * theme is served through links to itself and to the product goals below it; an item's effort
 * counts for a theme at most once (weights under one theme add up to at most 1).
 */
public final class BacklogAlignment {

	static final String NO_TEAM = "(none)";

	private final Map<UUID, Goal> goals;

	private final Map<UUID, List<Link>> linksByItem;

	public BacklogAlignment(Collection<Goal> goals, Collection<Link> activeLinks) {
		this.goals = goals.stream().collect(Collectors.toMap(Goal::id, Function.identity(), (a, b) -> a));
		this.linksByItem = activeLinks.stream()
			.filter(link -> this.goals.containsKey(link.goalId()))
			.collect(Collectors.groupingBy(Link::itemId));
	}

	/** The summary of one product's items (all of them, in rank order) within a scope. */
	public AlignmentSummary summarize(String productKey, List<BacklogItem> productItems, Scope scope) {
		WorkBreakdown breakdown = WorkBreakdown.of(productItems);
		List<BacklogItem> work = breakdown.leaves(productItems);
		Effort effort = Effort.of(work);
		EffectiveLinks links = new EffectiveLinks(linksByItem, breakdown);
		List<BacklogItem> inScope = scope.select(work);
		Map<String, Ratio> perTeam = new TreeMap<>();
		inScope.stream()
			.collect(Collectors.groupingBy(item -> Objects.requireNonNullElse(item.teamKey(), NO_TEAM)))
			.forEach((team, items) -> perTeam.put(team, ratio(items, effort, links)));
		List<GoalWork> perGoal = perGoal(inScope, effort, links);
		Investment investment = new Investment(goals, productKey);
		return new AlignmentSummary(productKey, scope, effort.median(), Effort.RULE, ratio(inScope, effort, links),
				perTeam, perGoal, refs(inScope.stream().filter(item -> !aligned(item, links)).toList()),
				goalsWithoutWork(productKey, perGoal), investment.themes(inScope, effort, links),
				investment.productGoals(inScope, effort, links),
				refs(linkedOnlyTo(GoalStatus.RETIRED, inScope, links)),
				refs(linkedOnlyTo(GoalStatus.ACHIEVED, inScope, links)));
	}

	private boolean aligned(BacklogItem item, EffectiveLinks links) {
		return links.of(item).stream().anyMatch(link -> goal(link).status() == GoalStatus.ACTIVE);
	}

	private Ratio ratio(List<BacklogItem> items, Effort effort, EffectiveLinks links) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal aligned = BigDecimal.ZERO;
		int alignedItems = 0;
		for (BacklogItem item : items) {
			total = total.add(effort.of(item));
			if (aligned(item, links)) {
				alignedItems++;
				aligned = aligned.add(effort.of(item));
			}
		}
		return Ratio.of(alignedItems, items.size(), aligned, total);
	}

	private List<GoalWork> perGoal(List<BacklogItem> inScope, Effort effort, EffectiveLinks links) {
		Map<UUID, BigDecimal> effortByGoal = new LinkedHashMap<>();
		Map<UUID, Integer> itemsByGoal = new LinkedHashMap<>();
		for (BacklogItem item : inScope) {
			for (Link link : links.of(item)) {
				effortByGoal.merge(link.goalId(), effort.of(item).multiply(link.contributionWeight()), BigDecimal::add);
				itemsByGoal.merge(link.goalId(), 1, Integer::sum);
			}
		}
		return effortByGoal.entrySet().stream().map(entry -> {
			Goal goal = goals.get(entry.getKey());
			return new GoalWork(goal.id(), goal.title(), goal.level().name(), goal.status().name(),
					itemsByGoal.get(goal.id()), entry.getValue().stripTrailingZeros());
		}).sorted(Comparator.comparing(GoalWork::effort).reversed().thenComparing(GoalWork::title)).toList();
	}

	private List<GoalRef> goalsWithoutWork(String productKey, List<GoalWork> perGoal) {
		var served = perGoal.stream().map(GoalWork::goalId).collect(Collectors.toSet());
		return goals.values().stream()
			.filter(goal -> goal.level() == GoalLevel.PRODUCT_GOAL && productKey.equals(goal.productKey()))
			.filter(goal -> goal.status() == GoalStatus.ACTIVE && !served.contains(goal.id()))
			.sorted(Comparator.comparing(Goal::title).thenComparing(Goal::id))
			.map(goal -> new GoalRef(goal.id(), goal.level().name(), goal.title()))
			.toList();
	}

	/** The items that have links and whose every link points to a goal in the given status. */
	private List<BacklogItem> linkedOnlyTo(GoalStatus status, List<BacklogItem> inScope, EffectiveLinks links) {
		return inScope.stream().filter(item -> {
			List<Link> held = links.of(item);
			return !held.isEmpty() && held.stream().allMatch(link -> goal(link).status() == status);
		}).toList();
	}

	private Goal goal(Link link) {
		return goals.get(link.goalId());
	}

	private static List<ItemRef> refs(List<BacklogItem> items) {
		return items.stream()
			.map(item -> new ItemRef(item.id(), item.key(), item.title(), item.teamKey(), item.estimate(), item.rank()))
			.toList();
	}

}
