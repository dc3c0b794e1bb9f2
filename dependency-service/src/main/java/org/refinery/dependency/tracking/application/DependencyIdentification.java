package org.refinery.dependency.tracking.application;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.tracking.Actor;
import org.refinery.dependency.tracking.CycleRefused;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyAccessDenied;
import org.refinery.dependency.tracking.DependencyChanged;
import org.refinery.dependency.tracking.DependencyNotFound;
import org.refinery.dependency.tracking.DependencyRuleViolation;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.refinery.dependency.tracking.DuplicateDependency;
import org.refinery.dependency.tracking.NewDependency;
import org.refinery.dependency.tracking.ReferenceRefused;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Identifying dependencies between items of one product, and reading one back. */
@Service
public class DependencyIdentification {

	private final Dependencies dependencies;

	private final BacklogItems items;

	private final ApplicationEventPublisher events;

	private final SessionRule sessions;

	private final BlockingGraphs graphs;

	private final Clock clock;

	DependencyIdentification(Dependencies dependencies, BacklogItems items, ApplicationEventPublisher events,
			SessionRule sessions, BlockingGraphs graphs, Clock clock) {
		this.dependencies = dependencies;
		this.items = items;
		this.events = events;
		this.sessions = sessions;
		this.graphs = graphs;
		this.clock = clock;
	}

	/**
	 * Records that the dependent item needs the prerequisite. Both must be known items of one
	 * product the caller sees (an unknown and an invisible one get the same
	 * {@link ReferenceRefused}); members of either item's team and product owners may identify.
	 * The session, when given, must be a known session of that product.
	 */
	@Transactional
	public Dependency identify(NewDependency command, Caller caller) {
		if (command.dependentItemId().equals(command.prerequisiteItemId())) {
			throw new DependencyRuleViolation("An item cannot depend on itself");
		}
		BacklogItem dependent = known(command.dependentItemId(), "/dependentItemId", caller);
		BacklogItem prerequisite = known(command.prerequisiteItemId(), "/prerequisiteItemId", caller);
		requireSameProduct(dependent, prerequisite);
		requireInvolved(dependent, prerequisite, caller);
		requireUnfinished(dependent);
		requireUnfinished(prerequisite);
		sessions.require(command.sessionId(), dependent, caller);
		dependencies.lockProduct(dependent.productKey());
		if (dependencies.openEdgeExists(dependent.id(), prerequisite.id(), command.type())) {
			throw new DuplicateDependency("An open " + command.type() + " dependency of " + dependent.key() + " on "
					+ prerequisite.key() + " already exists");
		}
		if (command.type() == DependencyType.BLOCKS) {
			refuseCycle(dependent, prerequisite);
		}
		Dependency dependency = identified(command, dependent, prerequisite, caller);
		dependencies.add(dependency);
		events.publishEvent(new DependencyChanged(null, dependency, new Actor(caller.subject(), caller.username())));
		return dependency;
	}

	private Dependency identified(NewDependency command, BacklogItem dependent, BacklogItem prerequisite,
			Caller caller) {
		return new Dependency(UUID.randomUUID(), dependent.productId(), dependent.productKey(), endOf(dependent),
				endOf(prerequisite), command.type(), DependencyStatus.IDENTIFIED, command.neededBy(), command.note(),
				command.sessionId(), clock.instant(), caller.username(), null, null, null, false, 1);
	}

	@Transactional(readOnly = true)
	public Dependency get(UUID id, Caller caller) {
		return visible(id, caller);
	}

	Dependency visible(UUID id, Caller caller) {
		return dependencies.byId(id)
			.filter(dependency -> caller.canSee(dependency.productKey()))
			.orElseThrow(() -> new DependencyNotFound(id));
	}

	/** The item, if known here and visible; unknown and invisible get one answer (ADR 0005). */
	private BacklogItem known(UUID id, String pointer, Caller caller) {
		return items.byId(id)
			.filter(item -> caller.canSee(item.productKey()))
			.orElseThrow(() -> new ReferenceRefused(pointer, id, "an item"));
	}

	private static void requireSameProduct(BacklogItem dependent, BacklogItem prerequisite) {
		if (!dependent.productId().equals(prerequisite.productId())) {
			throw new DependencyRuleViolation("Both items must be in the same product: " + dependent.key() + " is in "
					+ dependent.productKey() + ", " + prerequisite.key() + " in " + prerequisite.productKey());
		}
	}

	private static void requireInvolved(BacklogItem dependent, BacklogItem prerequisite, Caller caller) {
		if (!caller.ownsProduct(dependent.productKey()) && !caller.isMemberOf(dependent.teamKey())
				&& !caller.isMemberOf(prerequisite.teamKey())) {
			throw new DependencyAccessDenied("Only members of " + dependent.teamKey() + " or "
					+ prerequisite.teamKey() + " and product owners of " + dependent.productKey()
					+ " identify dependencies between " + dependent.key() + " and " + prerequisite.key());
		}
	}

	/** A DONE or removed item neither waits nor is waited for: there would be nothing to track. */
	private static void requireUnfinished(BacklogItem item) {
		if (!item.status().unfinished()) {
			throw new DependencyRuleViolation(item.key() + " is " + item.status()
					+ "; dependencies are identified between unfinished items");
		}
	}

	private void refuseCycle(BacklogItem dependent, BacklogItem prerequisite) {
		graphs.cycleIfAdded(dependent.productKey(), dependent.id(), prerequisite.id()).ifPresent(cycle -> {
			Map<UUID, BacklogItem> known = items.byIds(cycle)
				.stream()
				.collect(Collectors.toMap(BacklogItem::id, Function.identity()));
			throw new CycleRefused(cycle.stream()
				.map(id -> known.containsKey(id) ? endOf(known.get(id)) : new Dependency.End(id, null, null))
				.toList());
		});
	}

	static Dependency.End endOf(BacklogItem item) {
		return new Dependency.End(item.id(), item.key(), item.teamKey());
	}

}
