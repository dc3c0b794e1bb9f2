package org.refinery.dependency.tracking.application;

import org.refinery.dependency.backlog.BacklogItemChanged;
import org.refinery.dependency.tracking.Actor;
import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyChanged;
import org.refinery.dependency.tracking.DependencyEdit;
import org.refinery.dependency.tracking.StaleVersion;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * Moving dependencies along their life: by people, through the API, and by the service itself
 * when the backlog says a prerequisite item is DONE (resolved) or was removed (flagged).
 */
@Service
public class DependencyLifecycle {

	private final DependencyIdentification identification;

	private final Dependencies dependencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DependencyLifecycle(DependencyIdentification identification, Dependencies dependencies,
			ApplicationEventPublisher events, Clock clock) {
		this.identification = identification;
		this.dependencies = dependencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Applies an edit from {@code expectedVersion} (null: from the current one). An edit that
	 * changes nothing answers the dependency as it is: same version, no history, no event.
	 */
	@Transactional
	public Dependency edit(UUID id, Long expectedVersion, DependencyEdit edit, Caller caller) {
		Dependency before = identification.visible(id, caller);
		if (expectedVersion != null && expectedVersion != before.version()) {
			throw new StaleVersion(expectedVersion, before.version());
		}
		Dependency after = before.edited(edit, caller, clock.instant());
		if (after == before) {
			return before;
		}
		dependencies.update(before, after);
		events.publishEvent(new DependencyChanged(before, after, new Actor(caller.subject(), caller.username())));
		return after;
	}

	/**
	 * Reacts to the backlog, inside the transaction that applied the item event: open
	 * dependencies follow an item to its new team; a DONE prerequisite resolves its open
	 * dependencies; a removed one flags them, a restored one clears the flag. The flag is not a
	 * status because a removal can be undone.
	 */
	@EventListener
	void on(BacklogItemChanged change) {
		if (change.reassigned()) {
			for (Dependency before : dependencies.openInvolving(change.after().id())) {
				Dependency after = before.reassigned(change.after().id(), change.after().teamKey());
				dependencies.update(before, after);
				events.publishEvent(new DependencyChanged(before, after, Actor.SERVICE));
			}
		}
		if (change.becameDone()) {
			for (Dependency before : dependencies.onPrerequisite(change.after().id())) {
				if (before.status().open()) {
					Dependency after = before.resolvedBy(Actor.SERVICE.username(),
							"Prerequisite " + change.after().key() + " is DONE", clock.instant());
					dependencies.update(before, after);
					events.publishEvent(new DependencyChanged(before, after, Actor.SERVICE));
				}
			}
		}
		if (change.becameRemoved() || change.restored()) {
			for (Dependency before : dependencies.onPrerequisite(change.after().id())) {
				dependencies.update(before, before.withPrerequisiteRemoved(change.becameRemoved()));
			}
		}
	}

}
