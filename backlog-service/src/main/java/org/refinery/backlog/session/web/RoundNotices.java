package org.refinery.backlog.session.web;

import org.refinery.backlog.session.estimation.RoundChanged;
import org.refinery.replica.ReplicaNotices;
import org.refinery.replica.ReplicaNotices.NoticeListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Estimation rounds on the live streams of every replica, as {@link SessionEventNotices} does for
 * session changes: to this replica's streams after the commit, to the others as a notice sent
 * with the transaction (ADR 0012). The notice is the {@link RoundEvent} as JSON, which carries
 * values only once revealed; a revealed round of many voters stays far below the notice limit.
 * Round events are not replayed: a reconnecting page reloads the rounds.
 */
@Component
class RoundNotices {

	static final String CHANNEL = "backlog_session_rounds";

	private final ReplicaNotices notices;

	private final SessionStreams streams;

	private final JsonMapper json;

	RoundNotices(ReplicaNotices notices, SessionStreams streams, JsonMapper json) {
		this.notices = notices;
		this.streams = streams;
		this.json = json;
		notices.listen(CHANNEL, new NoticeListener() {
			@Override
			public void heard(String notice) {
				tell(json.readValue(notice, RoundEvent.class));
			}

			@Override
			public void missed() {
				// Streams are not told: a page reloads the rounds whenever its stream reconnects.
			}
		});
	}

	@EventListener
	void on(RoundChanged changed) {
		notices.send(CHANNEL, json.writeValueAsString(RoundEvent.of(changed)));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void after(RoundChanged changed) {
		tell(RoundEvent.of(changed));
	}

	private void tell(RoundEvent event) {
		streams.announce(event.sessionId(), event.change(), event);
	}

}
