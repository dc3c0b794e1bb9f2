package org.refinery.backlog.session.application;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.product.Product;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionEdit;
import org.refinery.backlog.session.Sessions;
import org.refinery.backlog.session.StaleSession;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the facilitator and product owners do to a session as a whole until it is over: correct
 * it, close it, call it off. Each is one version, its history entries and one event; a
 * correction that changes nothing is none of these.
 */
@Service
public class SessionCorrections {

	private final SessionAccess access;

	private final SessionPeople people;

	private final Sessions sessions;

	private final SessionSettings settings;

	private final ApplicationEventPublisher events;

	SessionCorrections(SessionAccess access, SessionPeople people, Sessions sessions, SessionSettings settings,
			ApplicationEventPublisher events) {
		this.access = access;
		this.people = people;
		this.sessions = sessions;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public Session edit(UUID id, Long expectedVersion, SessionEdit edit, Caller caller) {
		Session before = current(access.steerable(id, "correct", caller), expectedVersion);
		Product product = access.visibleProduct(before.productKey(), caller);
		if (edit.representatives() != null) {
			access.requireTeamsOf(product, edit.representatives().keySet());
		}
		if (edit.agenda() != null) {
			access.requireItemsOf(product, edit.agenda());
		}
		people.require(product, Objects.equals(edit.facilitator(), before.facilitator()) ? null : edit.facilitator(),
				added(before, edit), caller);
		Session after = before.edited(edit);
		if (after == before) {
			return before;
		}
		Set<String> changed = after.changedFrom(before);
		sessions.update(before, after, null, Actor.of(caller));
		events.publishEvent(new SessionChanged(after, null, Actor.of(caller), changed));
		return after;
	}

	@Transactional
	public Session close(UUID id, Long expectedVersion, Caller caller) {
		Session before = current(access.steerable(id, "close", caller), expectedVersion);
		return ended(before, before.closed(settings.minimumTeams()), caller);
	}

	@Transactional
	public Session cancel(UUID id, Long expectedVersion, String reason, Caller caller) {
		Session before = current(access.steerable(id, "cancel", caller), expectedVersion);
		return ended(before, before.cancelled(reason), caller);
	}

	private Session ended(Session before, Session after, Caller caller) {
		sessions.update(before, after, null, Actor.of(caller));
		events.publishEvent(new SessionChanged(after, null, Actor.of(caller)));
		return after;
	}

	static Session current(Session session, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != session.version()) {
			throw new StaleSession(expectedVersion, session.version());
		}
		return session;
	}

	/** The representatives the edit names that the session did not have: only new names are checked. */
	private static Map<String, Set<String>> added(Session before, SessionEdit edit) {
		if (edit.representatives() == null) {
			return null;
		}
		Map<String, Set<String>> added = new TreeMap<>();
		edit.representatives().forEach((team, usernames) -> {
			Set<String> fresh = new HashSet<>(usernames);
			fresh.removeAll(before.representatives().getOrDefault(team, Set.of()));
			added.put(team, fresh);
		});
		return added;
	}

}
