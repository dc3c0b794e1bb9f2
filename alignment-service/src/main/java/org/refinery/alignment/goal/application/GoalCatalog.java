package org.refinery.alignment.goal.application;

import org.refinery.alignment.backlog.KnownProduct;
import org.refinery.alignment.backlog.KnownProducts;
import org.refinery.alignment.goal.Actor;
import org.refinery.alignment.goal.FieldChange;
import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalAccessDenied;
import org.refinery.alignment.goal.GoalChanged;
import org.refinery.alignment.goal.GoalDiff;
import org.refinery.alignment.goal.GoalHierarchy;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalNotFound;
import org.refinery.alignment.goal.GoalPatch;
import org.refinery.alignment.goal.GoalRevisions;
import org.refinery.alignment.goal.GoalRuleViolation;
import org.refinery.alignment.goal.GoalRules;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.goal.History;
import org.refinery.alignment.goal.NewGoal;
import org.refinery.alignment.goal.Revision;
import org.refinery.alignment.goal.StaleVersion;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Service
public class GoalCatalog {

	/** Far deeper than three levels: a longer chain of parents can only be a cycle in stored data. */
	private static final int MAX_DEPTH = 16;

	private final Goals goals;

	private final KnownProducts products;

	private final GoalRevisions revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GoalCatalog(Goals goals, KnownProducts products, GoalRevisions revisions, ApplicationEventPublisher events,
			Clock clock) {
		this.goals = goals;
		this.products = products;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
	}

	/** Sets a goal at version 1, placed in the hierarchy by its parent. */
	@Transactional
	public Goal create(NewGoal command, Caller caller) {
		requireManager(command.level(), command.productKey(), caller);
		UUID productId = null;
		if (command.productKey() != null) {
			productId = products.withKey(command.productKey())
				.map(KnownProduct::id)
				.orElseThrow(() -> new GoalRuleViolation("Product " + command.productKey()
						+ " is not known to alignment yet; it arrives with backlog-service's product events"));
		}
		Goal goal = Goal.create(UUID.randomUUID(), command, productId);
		hierarchyOf(goal).verify(goal);
		goals.add(goal);
		record(goal.id(), goal.version(), "CREATED", GoalDiff.between(null, goal), caller);
		events.publishEvent(new GoalChanged(true, goal, Set.of(), Actor.of(caller)));
		return goal;
	}

	/** Applies a patch from {@code expectedVersion} ({@code null}: from the current version). */
	@Transactional
	public Goal update(UUID id, Long expectedVersion, GoalPatch patch, Caller caller) {
		Goal before = get(id, caller);
		requireManager(before.level(), before.productKey(), caller);
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleVersion("goal", expectedVersion, before.version());
		}
		Goal after = before.patched(patch);
		if (after == before) {
			return before;
		}
		hierarchyOf(after).verify(after);
		goals.update(before, after);
		record(after.id(), after.version(), "UPDATED", GoalDiff.between(before, after), caller);
		events.publishEvent(new GoalChanged(false, after, after.changedSince(before), Actor.of(caller)));
		return after;
	}

	/** The goal's changes, newest first, if the caller may see it. */
	@Transactional(readOnly = true)
	public History history(UUID id, int offset, int limit, Caller caller) {
		get(id, caller);
		return new History(revisions.of(id, offset, limit), revisions.countOf(id));
	}

	/** The goal, if the caller may see it: organisation goals always, product goals of visible products. */
	@Transactional(readOnly = true)
	public Goal get(UUID id, Caller caller) {
		return goals.byId(id)
			.filter(goal -> goal.productKey() == null || caller.canSee(goal.productKey()))
			.orElseThrow(() -> new GoalNotFound(id));
	}

	private void record(UUID goalId, long version, String action, List<FieldChange> changes, Caller caller) {
		revisions.add(goalId, new Revision(version, action, clock.instant(), Actor.of(caller), changes));
	}

	private static void requireManager(GoalLevel level, String productKey, Caller caller) {
		if (level != GoalLevel.PRODUCT_GOAL && !GoalRules.managesStrategy(caller)) {
			throw new GoalAccessDenied("Only portfolio managers and administrators manage objectives and themes");
		}
		if (level == GoalLevel.PRODUCT_GOAL && productKey != null && !GoalRules.managesGoalsOf(caller, productKey)) {
			throw new GoalAccessDenied("Only product owners of " + productKey + " and portfolio managers manage its goals");
		}
	}

	private GoalHierarchy hierarchyOf(Goal goal) {
		List<Goal> ancestors = new ArrayList<>();
		UUID next = goal.parentId();
		while (next != null && ancestors.size() < MAX_DEPTH && !next.equals(goal.id())) {
			UUID parentId = next;
			Goal parent = goals.byId(parentId)
				.orElseThrow(() -> new GoalRuleViolation("Parent goal " + parentId + " does not exist"));
			ancestors.add(parent);
			next = parent.parentId();
		}
		if (goal.id().equals(next)) {
			ancestors.add(goal);
		}
		List<Goal> siblings = goal.parentId() == null ? goals.roots() : goals.childrenOf(goal.parentId());
		return new GoalHierarchy(ancestors, siblings, goals.childrenOf(goal.id()), goals.sharingTargetsWith(goal));
	}

}
