package org.refinery.backlog.session.web;

import org.refinery.backlog.session.application.SessionPresence;
import org.refinery.backlog.session.presence.PresenceChanged;
import org.refinery.replica.ReplicaNotices;
import org.refinery.replica.ReplicaNotices.NoticeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps this replica's part of who is present (see the package {@code session.presence}): the
 * people whose streams it holds are recorded when a stream opens, renewed with every heartbeat and
 * removed when their last stream here ends. Each change goes to this replica's streams after it
 * committed and to the other replicas as a notice with it (ADR 0012), as a {@code presence-changed}
 * event that makes the pages ask who is present. A failed write is logged and left to the next
 * heartbeat or the expiry: presence must never break a stream.
 */
@Component
class PresenceKeeper implements SessionStreams.Watcher {

	static final String CHANNEL = "backlog_session_presence";

	static final String EVENT = "presence-changed";

	private static final Logger log = LoggerFactory.getLogger(PresenceKeeper.class);

	/** This process among the replicas; a restarted replica is a new one, its old records expire. */
	private final UUID replica = UUID.randomUUID();

	private final SessionPresence presence;

	private final SessionStreams streams;

	private final ReplicaNotices notices;

	PresenceKeeper(SessionPresence presence, SessionStreams streams, ReplicaNotices notices) {
		this.presence = presence;
		this.streams = streams;
		this.notices = notices;
		streams.watch(this);
		notices.listen(CHANNEL, new NoticeListener() {
			@Override
			public void heard(String notice) {
				tell(UUID.fromString(notice.strip()));
			}

			@Override
			public void missed() {
				// The next arrival, departure or expiry tells again; a page also asks when it reconnects.
			}
		});
	}

	@Override
	public void arrived(UUID session, String person) {
		guarded("record the arrival of " + person, () -> presence.arrived(session, person, replica));
	}

	@Override
	public void left(UUID session, String person) {
		guarded("record the departure of " + person, () -> presence.left(session, person, replica));
	}

	@Override
	public void beaten(Map<UUID, Set<String>> people) {
		guarded("renew who is present", () -> presence.renew(people, replica));
	}

	/** In the change's transaction, so the notice commits with it or not at all. */
	@EventListener
	void on(PresenceChanged changed) {
		notices.send(CHANNEL, changed.sessionId().toString());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void after(PresenceChanged changed) {
		tell(changed.sessionId());
	}

	private void tell(UUID session) {
		streams.announce(session, EVENT, Map.of("sessionId", session));
	}

	private static void guarded(String what, Runnable write) {
		try {
			write.run();
		}
		catch (RuntimeException ex) {
			log.warn("Could not {}; the next heartbeat or the expiry corrects it", what, ex);
		}
	}

}
