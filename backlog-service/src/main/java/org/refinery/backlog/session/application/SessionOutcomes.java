package org.refinery.backlog.session.application;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemDecisions;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.RecordOutcome;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.Sessions;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Records what a session decided about an item on its agenda. An outcome that claims a state of
 * the item makes it so in the same transaction, as the recording participant's own change, or
 * is refused with the item's reason (the Definition of Ready's explanation, a missing right):
 * a recorded outcome is then always true of the item.
 */
@Service
public class SessionOutcomes {

	private final SessionAccess access;

	private final Sessions sessions;

	private final ItemDecisions decisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionOutcomes(SessionAccess access, Sessions sessions, ItemDecisions decisions, ApplicationEventPublisher events,
			Clock clock) {
		this.access = access;
		this.sessions = sessions;
		this.decisions = decisions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Session record(UUID id, Long expectedVersion, RecordOutcome command, Caller caller) {
		Session before = SessionCorrections.current(access.participating(id, caller), expectedVersion);
		before.requireDecidable(command.itemId());
		Outcome outcome = new Outcome(UUID.randomUUID(), command.itemId(), command.kind(), command.note(),
				command.estimate(), children(command, caller), caller.username(), clock.instant());
		Session after = before.withOutcome(outcome);
		sessions.update(before, after, outcome, Actor.of(caller));
		events.publishEvent(new SessionChanged(after, outcome, Actor.of(caller)));
		return after;
	}

	/** Makes the claimed state true of the item; the children of a split, none otherwise. */
	private List<UUID> children(RecordOutcome command, Caller caller) {
		UUID item = command.itemId();
		switch (command.kind()) {
			case READY -> decisions.declareReady(item, caller);
			case ESTIMATED -> decisions.estimate(item, command.estimate(), caller);
			case REMOVED -> decisions.remove(item, command.note(), caller);
			case SPLIT -> {
				return decisions.split(item, command.parts(), caller).stream().map(Item::id).toList();
			}
			case CLARIFIED, REORDERED, DEPENDENCY_IDENTIFIED, DEFERRED, GOAL_LINKED -> {
			}
		}
		return List.of();
	}

}
