package org.refinery.backlog.session.web;

import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionStatus;

import java.util.UUID;

/**
 * What changed, for the page to decide whether to reload. The session's version is the event
 * id: versions grow by one per change, so a reconnecting client's {@code Last-Event-ID} says
 * exactly which changes it missed, whichever replica it reconnects to.
 */
record SessionEvent(UUID sessionId, long version, SessionStatus status, String change, UUID itemId) {

	static SessionEvent of(SessionChanged changed) {
		Session session = changed.session();
		String change = changed.outcome() != null ? "outcome-recorded"
				: session.status() == SessionStatus.CLOSED ? "closed" : "changed";
		return new SessionEvent(session.id(), session.version(), session.status(), change,
				changed.outcome() == null ? null : changed.outcome().itemId());
	}

	static SessionEvent connected(Session session) {
		return new SessionEvent(session.id(), session.version(), session.status(), null, null);
	}

	/** Told to a reconnecting client whose missed changes are no longer held: the page reloads the session. */
	static SessionEvent reload(Session session) {
		return new SessionEvent(session.id(), session.version(), session.status(), "changed", null);
	}

	/**
	 * The version a client has seen by its {@code Last-Event-ID}: a first connect has seen the one
	 * it opened at, and an id that is no version forces a reload.
	 */
	static long versionOf(String lastEventId, long current) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return current;
		}
		try {
			return Long.parseLong(lastEventId.strip());
		}
		catch (NumberFormatException notOurs) {
			return -1;
		}
	}

	/** The event as a notice to the other replicas (ADR 0012): five fields, blank-separated, "-" for none. */
	String toNotice() {
		return String.join(" ", sessionId.toString(), Long.toString(version), status.name(),
				change == null ? "-" : change, itemId == null ? "-" : itemId.toString());
	}

	static SessionEvent fromNotice(String notice) {
		String[] field = notice.split(" ");
		if (field.length != 5) {
			throw new IllegalArgumentException("Not a session event notice: " + notice);
		}
		return new SessionEvent(UUID.fromString(field[0]), Long.parseLong(field[1]), SessionStatus.valueOf(field[2]),
				"-".equals(field[3]) ? null : field[3], "-".equals(field[4]) ? null : UUID.fromString(field[4]));
	}

	String kind() {
		return change == null ? "connected" : "session-" + change;
	}

}
