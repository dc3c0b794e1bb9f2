package org.refinery.backlog.session.application;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.session.ScheduleSession;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionHistoryEntry;
import org.refinery.backlog.session.SessionStatus;
import org.refinery.backlog.session.Sessions;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/** Scheduling sessions and reading them: one at a time, a product's page of them, their history. */
@Service
public class RefinementSessions {

	private final SessionAccess access;

	private final SessionPeople people;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	RefinementSessions(SessionAccess access, SessionPeople people, Sessions sessions, ApplicationEventPublisher events) {
		this.access = access;
		this.people = people;
		this.sessions = sessions;
		this.events = events;
	}

	@Transactional
	public Session schedule(String productKey, ScheduleSession command, Caller caller) {
		Product product = access.visibleProduct(productKey, caller);
		access.requireTeamsOf(product, command.representatives().keySet());
		access.requireItemsOf(product, command.agenda());
		if (!access.manages(caller, productKey)
				&& command.representatives().keySet().stream().noneMatch(caller::isMemberOf)) {
			throw new ProductAccessDenied("Only product owners and members of a participating team schedule sessions");
		}
		String facilitator = command.facilitator() == null ? caller.username() : command.facilitator();
		people.require(product, facilitator, command.representatives(), caller);
		Session session = new Session(UUID.randomUUID(), product.id(), product.key(), command.title(), facilitator,
				command.startsAt(), SessionStatus.SCHEDULED, command.representatives(), command.agenda(), List.of(), 1);
		sessions.add(session, Actor.of(caller));
		events.publishEvent(new SessionChanged(session, null, Actor.of(caller)));
		return session;
	}

	/** One page of a product's sessions, latest start first, and how many it has in all. */
	@Transactional(readOnly = true)
	public SessionPage page(String productKey, Caller caller, long offset, int limit) {
		Product product = access.visibleProduct(productKey, caller);
		return new SessionPage(sessions.ofProduct(product.id(), offset, limit), sessions.countOfProduct(product.id()));
	}

	@Transactional(readOnly = true)
	public Session get(UUID id, Caller caller) {
		return access.visible(id, caller);
	}

	/** A page of the session's history, newest first, and how many entries it has in all. */
	@Transactional(readOnly = true)
	public History history(UUID id, int offset, int limit, Caller caller) {
		UUID visible = access.visible(id, caller).id();
		return new History(sessions.history(visible, offset, limit), sessions.historyCount(visible));
	}

	/** A page of a session's history and the number of its entries. */
	public record History(List<SessionHistoryEntry> entries, long total) {
	}

	/** A page of sessions and the number of sessions of the product. */
	public record SessionPage(List<Session> sessions, long total) {
	}

}
