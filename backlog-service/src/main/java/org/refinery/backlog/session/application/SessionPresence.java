package org.refinery.backlog.session.application;

import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.presence.Attendees;
import org.refinery.backlog.session.presence.Presence;
import org.refinery.backlog.session.presence.PresenceChanged;
import org.refinery.membership.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is present in a session (see the package {@code session.presence}): read by whoever sees
 * the session, kept by the replica that holds each person's live stream. Every change of who is
 * present is one {@link PresenceChanged}; a renewal that changes nothing is none.
 */
@Service
public class SessionPresence {

	private final SessionAccess access;

	private final Attendees attendees;

	private final PresenceSettings settings;

	private final ApplicationEventPublisher events;

	SessionPresence(SessionAccess access, Attendees attendees, PresenceSettings settings,
			ApplicationEventPublisher events) {
		this.access = access;
		this.attendees = attendees;
		this.settings = settings;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Presence present(UUID sessionId, Caller caller) {
		Session session = access.visible(sessionId, caller);
		return Presence.of(session.representatives(), session.facilitator(),
				attendees.present(session.id(), settings.expiry()));
	}

	/** The person opened a stream of the session on {@code replica}. */
	@Transactional
	public void arrived(UUID sessionId, String username, UUID replica) {
		if (attendees.renew(sessionId, username, replica)) {
			events.publishEvent(new PresenceChanged(sessionId));
		}
	}

	/** The last stream of the person on {@code replica} ended. */
	@Transactional
	public void left(UUID sessionId, String username, UUID replica) {
		if (attendees.leave(sessionId, username, replica)) {
			events.publishEvent(new PresenceChanged(sessionId));
		}
	}

	/** A heartbeat of {@code replica}: renews the people whose streams it holds, and forgets whoever expired. */
	@Transactional
	public void renew(Map<UUID, Set<String>> holding, UUID replica) {
		holding.forEach((session, people) -> people.forEach(username -> arrived(session, username, replica)));
		attendees.expire(settings.expiry()).forEach(session -> events.publishEvent(new PresenceChanged(session)));
	}

}
