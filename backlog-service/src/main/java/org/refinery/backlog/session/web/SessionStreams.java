package org.refinery.backlog.session.web;

import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open event streams of refinement sessions. A change is announced only after its
 * transaction committed, so a listener that reloads the session always sees what it was told
 * about; the event itself is small on purpose: the page reloads the session it may see.
 */
@Component
class SessionStreams {

	/** Long enough for a whole session; the browser's EventSource reconnects by itself after it. */
	static final Duration LIFETIME = Duration.ofHours(2);

	private final Map<UUID, Set<SseEmitter>> open = new ConcurrentHashMap<>();

	SseEmitter open(Session session) throws IOException {
		var emitter = new SseEmitter(LIFETIME.toMillis());
		Set<SseEmitter> listeners = open.computeIfAbsent(session.id(), id -> ConcurrentHashMap.newKeySet());
		listeners.add(emitter);
		Runnable forget = () -> listeners.remove(emitter);
		emitter.onCompletion(forget);
		emitter.onTimeout(forget);
		emitter.onError(failure -> forget.run());
		emitter.send(event("connected", new SessionEvent(session.id(), session.version(), session.status(), null, null)));
		return emitter;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(SessionChanged changed) {
		Set<SseEmitter> listeners = open.get(changed.session().id());
		if (listeners == null || listeners.isEmpty()) {
			return;
		}
		SessionEvent payload = SessionEvent.of(changed);
		for (SseEmitter emitter : Set.copyOf(listeners)) {
			try {
				emitter.send(event(payload.kind(), payload));
			}
			catch (IOException | IllegalStateException gone) {
				// The browser went away; its emitter is finished and forgotten, the others still hear.
				listeners.remove(emitter);
			}
		}
	}

	int listeners(UUID sessionId) {
		return open.getOrDefault(sessionId, Set.of()).size();
	}

	private static SseEmitter.SseEventBuilder event(String name, SessionEvent payload) {
		return SseEmitter.event().name(name).data(payload, MediaType.APPLICATION_JSON);
	}

	/** What changed, for the page to decide whether to reload. */
	record SessionEvent(UUID sessionId, long version, SessionStatus status, String change, UUID itemId) {

		static SessionEvent of(SessionChanged changed) {
			Session session = changed.session();
			String change = changed.outcome() != null ? "outcome-recorded"
					: session.status() == SessionStatus.CLOSED ? "closed" : "changed";
			return new SessionEvent(session.id(), session.version(), session.status(), change,
					changed.outcome() == null ? null : changed.outcome().itemId());
		}

		String kind() {
			return change == null ? "connected" : "session-" + change;
		}

	}

}
