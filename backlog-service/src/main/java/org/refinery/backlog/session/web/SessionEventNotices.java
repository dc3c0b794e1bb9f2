package org.refinery.backlog.session.web;

import org.refinery.backlog.session.SessionChanged;
import org.refinery.replica.ReplicaNotices;
import org.refinery.replica.ReplicaNotices.NoticeListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Live updates across replicas: a browser's stream is held by one replica, the change it must see
 * may be served by another. Each change's event goes to the other replicas as a notice sent with
 * the change's transaction (ADR 0012), so it arrives once the change is committed, and each
 * replica sends it to the streams it holds and keeps it for replay. A replica that may have
 * missed notices needs nothing more: a client that missed events reconnects with its
 * {@code Last-Event-ID} and is told to reload when the replay buffer cannot fill the gap.
 */
@Component
class SessionEventNotices {

	static final String CHANNEL = "backlog_session_events";

	private final ReplicaNotices notices;

	SessionEventNotices(ReplicaNotices notices, SessionStreams streams) {
		this.notices = notices;
		notices.listen(CHANNEL, new NoticeListener() {
			@Override
			public void heard(String notice) {
				streams.deliver(SessionEvent.fromNotice(notice));
			}

			@Override
			public void missed() {
				// Streams are not told: see the class comment.
			}
		});
	}

	/** In the change's transaction, so the notice commits with it or not at all. */
	@EventListener
	void on(SessionChanged changed) {
		notices.send(CHANNEL, SessionEvent.of(changed).toNotice());
	}

}
