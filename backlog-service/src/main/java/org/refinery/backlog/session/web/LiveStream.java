package org.refinery.backlog.session.web;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One open stream: its emitter, whose it is and when it must end. Every write reports whether
 * the client is still there; a failed write finishes the emitter, and Tomcat closes the
 * connection, instead of waiting for an event that may come hours later.
 */
final class LiveStream {

	private final SseEmitter emitter;

	private final String owner;

	private final UUID session;

	private final String person;

	private final Instant endsAt;

	private final AtomicBoolean over = new AtomicBoolean();

	LiveStream(SseEmitter emitter, String owner, UUID session, Instant endsAt) {
		this(emitter, owner, owner, session, endsAt);
	}

	/** {@code owner} is whom the caps count (the token's subject), {@code person} whom presence shows (the username). */
	LiveStream(SseEmitter emitter, String owner, String person, UUID session, Instant endsAt) {
		this.emitter = emitter;
		this.owner = owner;
		this.person = person;
		this.session = session;
		this.endsAt = endsAt;
	}

	/** Lifetimes are spread over their last fifth, so the streams opened in one wave do not all end in one. */
	static LiveStream opened(SseEmitter emitter, String owner, String person, UUID session, Instant now,
			Duration lifetime) {
		long millis = lifetime.toMillis();
		long spread = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
		return new LiveStream(emitter, owner, person, session, now.plusMillis(millis - spread));
	}

	boolean send(SessionEvent event, Duration reconnectAfter) {
		return write(SseEmitter.event()
			.id(Long.toString(event.version()))
			.name(event.kind())
			.reconnectTime(reconnectAfter.toMillis())
			.data(event, MediaType.APPLICATION_JSON));
	}

	/**
	 * An event that is no change of the session (a round, who is present): without an id, so the
	 * browser's {@code Last-Event-ID} stays the session version it has seen.
	 */
	boolean tell(String name, Object data) {
		return write(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
	}

	/** A comment the page ignores; writing it is how a departed client is noticed. */
	boolean heartbeat() {
		return write(SseEmitter.event().comment(" heartbeat"));
	}

	/** Ends the stream with a reconnect hint; the browser comes back with {@code Last-Event-ID}. */
	void end(Duration reconnectAfter) {
		if (write(SseEmitter.event().reconnectTime(reconnectAfter.toMillis()).comment(" reconnect"))) {
			finish(emitter::complete);
		}
	}

	boolean isDue(Instant now) {
		return !now.isBefore(endsAt);
	}

	/** True exactly once: whoever learns first that the stream ended releases its slot. */
	boolean markOver() {
		return over.compareAndSet(false, true);
	}

	SseEmitter emitter() {
		return emitter;
	}

	String owner() {
		return owner;
	}

	String person() {
		return person;
	}

	UUID session() {
		return session;
	}

	private boolean write(SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
			return true;
		}
		catch (IOException | IllegalStateException gone) {
			finish(() -> emitter.completeWithError(gone));
			return false;
		}
	}

	/**
	 * Finishing an emitter whose connection already failed throws: Tomcat refuses an application
	 * thread the async context once its error handling has run. The stream is over either way, and
	 * an exception escaping a heartbeat's thread would only kill that thread.
	 */
	private static void finish(Runnable completion) {
		try {
			completion.run();
		}
		catch (IllegalStateException alreadyOver) {
			// Nothing left to close: the container ended the request on the error.
		}
	}

}
