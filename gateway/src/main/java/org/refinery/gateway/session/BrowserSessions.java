package org.refinery.gateway.session;

import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The reactive face of a blocking session repository: each database call runs on a scheduler
 * meant for blocking work, never on an event-loop thread. Creating a session touches no database
 * (it is written when first saved), so it stays on the caller's thread.
 */
final class BrowserSessions implements ReactiveSessionRepository<Session> {

	private final SessionRepository<Session> sessions;

	private final Scheduler blocking;

	BrowserSessions(SessionRepository<Session> sessions, Scheduler blocking) {
		this.sessions = sessions;
		this.blocking = blocking;
	}

	@Override
	public Mono<Session> createSession() {
		return Mono.fromSupplier(sessions::createSession);
	}

	@Override
	public Mono<Void> save(Session session) {
		return Mono.<Void>fromRunnable(() -> sessions.save(session)).subscribeOn(blocking);
	}

	@Override
	public Mono<Session> findById(String id) {
		return Mono.fromCallable(() -> sessions.findById(id)).subscribeOn(blocking);
	}

	@Override
	public Mono<Void> deleteById(String id) {
		return Mono.<Void>fromRunnable(() -> sessions.deleteById(id)).subscribeOn(blocking);
	}

}
