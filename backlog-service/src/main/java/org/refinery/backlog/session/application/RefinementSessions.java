package org.refinery.backlog.session.application;

import org.refinery.backlog.item.Items;
import org.refinery.backlog.product.Caller;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.product.ProductAccessDenied;
import org.refinery.backlog.product.ProductNotFound;
import org.refinery.backlog.product.Products;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.ScheduleSession;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionNotFound;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.SessionStatus;
import org.refinery.backlog.session.Sessions;
import org.refinery.backlog.team.Teams;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Service
public class RefinementSessions {

	private final Products products;

	private final Teams teams;

	private final Items items;

	private final Sessions sessions;

	private final SessionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RefinementSessions(Products products, Teams teams, Items items, Sessions sessions, SessionSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.products = products;
		this.teams = teams;
		this.items = items;
		this.sessions = sessions;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Session schedule(String productKey, ScheduleSession command, Caller caller) {
		Product product = visible(productKey, caller);
		command.representatives().keySet().forEach(team -> requireTeamOf(product, team));
		command.agenda().forEach(item -> requireItemOf(product, item));
		if (!manages(caller, productKey) && command.representatives().keySet().stream().noneMatch(caller::isMemberOf)) {
			throw new ProductAccessDenied("Only product owners and members of a participating team schedule sessions");
		}
		String facilitator = command.facilitator() == null ? caller.username() : command.facilitator();
		Session session = new Session(UUID.randomUUID(), product.id(), product.key(), command.title(), facilitator,
				command.startsAt(), SessionStatus.SCHEDULED, command.representatives(), command.agenda(), List.of(), 1);
		sessions.add(session);
		events.publishEvent(new SessionChanged(session, null, caller.actor()));
		return session;
	}

	@Transactional(readOnly = true)
	public List<Session> of(String productKey, Caller caller, int offset, int limit) {
		return sessions.ofProduct(visible(productKey, caller).id(), offset, limit);
	}

	@Transactional(readOnly = true)
	public Session get(UUID id, Caller caller) {
		Session session = sessions.byId(id).orElseThrow(() -> new SessionNotFound(id));
		if (products.withKey(session.productKey(), caller.scope()).isEmpty()) {
			throw new SessionNotFound(id);
		}
		return session;
	}

	@Transactional
	public Session record(UUID id, UUID itemId, OutcomeKind kind, String note, Caller caller) {
		Session before = participating(id, caller);
		requireItemOf(products.withKey(before.productKey(), caller.scope()).orElseThrow(), itemId);
		var outcome = new Outcome(UUID.randomUUID(), itemId, kind, note, caller.username(), clock.instant());
		Session after = before.withOutcome(outcome);
		sessions.recordOutcome(after, outcome, before.version());
		events.publishEvent(new SessionChanged(after, outcome, caller.actor()));
		return after;
	}

	@Transactional
	public Session close(UUID id, Caller caller) {
		Session before = get(id, caller);
		if (!manages(caller, before.productKey()) && !caller.username().equals(before.facilitator())) {
			throw new ProductAccessDenied("Only the facilitator and product owners close a session");
		}
		Session after = before.closed(settings.minimumTeams());
		sessions.close(after, before.version());
		events.publishEvent(new SessionChanged(after, null, caller.actor()));
		return after;
	}

	private Session participating(UUID id, Caller caller) {
		Session session = get(id, caller);
		boolean participant = session.representatives().keySet().stream().anyMatch(caller::isMemberOf)
				|| session.representatives().values().stream().anyMatch(people -> people.contains(caller.username()));
		if (!participant && !manages(caller, session.productKey())) {
			throw new ProductAccessDenied("Only participants and product owners record outcomes");
		}
		return session;
	}

	private boolean manages(Caller caller, String productKey) {
		return caller.mayManage(productKey, products.isOwnedBy(productKey, caller.subject()));
	}

	private void requireTeamOf(Product product, String teamKey) {
		if (teams.withKey(teamKey).filter(team -> team.productId().equals(product.id())).isEmpty()) {
			throw new SessionRuleViolation("Team " + teamKey + " is not a team of product " + product.key(), false);
		}
	}

	private void requireItemOf(Product product, UUID itemId) {
		if (items.byId(itemId).filter(item -> item.productId().equals(product.id())).isEmpty()) {
			throw new SessionRuleViolation("Item " + itemId + " is not in product " + product.key(), false);
		}
	}

	private Product visible(String productKey, Caller caller) {
		return products.withKey(productKey, caller.scope()).orElseThrow(() -> new ProductNotFound(productKey));
	}

}
