package org.refinery.backlog.session.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.LongFunction;

/**
 * The open event streams of refinement sessions. A change is announced only after its
 * transaction committed, so a listener that reloads the session always sees what it was told
 * about; the event itself is small on purpose: the page reloads the session it may see. Streams
 * are capped, beat, and end after their lifetime (see {@link LiveStreamSettings}).
 */
@Component
class SessionStreams {

	private final Map<UUID, Set<LiveStream>> open = new ConcurrentHashMap<>();

	private final LiveStreamSettings settings;

	private final StreamCaps caps;

	private final ReplayBuffer replay;

	private final Clock clock;

	private final LongFunction<SseEmitter> emitters;

	private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

	@Autowired
	SessionStreams(LiveStreamSettings settings, Clock clock, MeterRegistry meters) {
		this(settings, clock, meters, timeout -> new SseEmitter(timeout));
	}

	SessionStreams(LiveStreamSettings settings, Clock clock, MeterRegistry meters, LongFunction<SseEmitter> emitters) {
		this.settings = settings;
		this.caps = new StreamCaps(settings, meters);
		this.replay = new ReplayBuffer(settings.replayPerSession(), settings.replaySessions());
		this.clock = clock;
		this.emitters = emitters;
	}

	/**
	 * Registers the stream before greeting it, so that a change committing meanwhile is either
	 * sent to it or found in the replay buffer; a change sent twice only reloads the page twice.
	 */
	SseEmitter open(Session session, String owner, String lastEventId) {
		return open(session, owner, owner, lastEventId);
	}

	/** A stream of {@code person} (whom presence shows), counted in the caps as {@code owner}'s. */
	SseEmitter open(Session session, String owner, String person, String lastEventId) {
		caps.admit(owner, session.id());
		// Safety net past the own end: the heartbeat ends a stream once it is due.
		var emitter = emitters.apply(settings.lifetime().plus(settings.heartbeat().multipliedBy(2)).toMillis());
		var stream = LiveStream.opened(emitter, owner, person, session.id(), clock.instant(), settings.lifetime());
		open.compute(session.id(), (id, streams) -> {
			Set<LiveStream> now = streams == null ? ConcurrentHashMap.newKeySet() : streams;
			now.add(stream);
			return now;
		});
		emitter.onCompletion(() -> forget(stream));
		emitter.onTimeout(() -> forget(stream));
		emitter.onError(failure -> forget(stream));
		greet(stream, session, lastEventId);
		watchers.forEach(watcher -> watcher.arrived(session.id(), person));
		return emitter;
	}

	/** Who is told of people arriving and leaving through their streams; registered once at start-up. */
	void watch(Watcher watcher) {
		watchers.add(watcher);
	}

	/**
	 * An event that is no change of the session, for this replica's streams of it: neither
	 * versioned nor replayed, as the page reloads what it shows when it (re)connects.
	 */
	void announce(UUID sessionId, String name, Object data) {
		for (LiveStream stream : List.copyOf(open.getOrDefault(sessionId, Set.of()))) {
			if (!stream.tell(name, data)) {
				forget(stream);
			}
		}
	}

	/** The people whose streams this replica holds, by session. */
	Map<UUID, Set<String>> people() {
		Map<UUID, Set<String>> people = new HashMap<>();
		streams().forEach(stream -> people.computeIfAbsent(stream.session(), id -> new HashSet<>()).add(stream.person()));
		return people;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(SessionChanged changed) {
		deliver(SessionEvent.of(changed));
	}

	/** A committed change, of this replica or told by another: kept for replay and sent to this replica's streams. */
	void deliver(SessionEvent event) {
		replay.add(event);
		for (LiveStream stream : List.copyOf(open.getOrDefault(event.sessionId(), Set.of()))) {
			send(stream, event);
		}
	}

	/**
	 * One heartbeat round: a stream that is due ends, every other one gets a comment. Each write
	 * on a virtual thread of its own, so that one client slow to read delays nobody else's.
	 */
	void beat() {
		Instant now = clock.instant();
		try (var writes = Executors.newVirtualThreadPerTaskExecutor()) {
			streams().forEach(stream -> writes.execute(() -> beat(stream, now)));
		}
		Map<UUID, Set<String>> people = people();
		watchers.forEach(watcher -> watcher.beaten(people));
	}

	private void beat(LiveStream stream, Instant now) {
		if (stream.isDue(now)) {
			stream.end(settings.reconnectAfter());
			forget(stream);
		}
		else if (!stream.heartbeat()) {
			forget(stream);
		}
	}

	/** Ends every stream with a reconnect hint, so that a stopping service does not wait for them. */
	void endAll() {
		streams().forEach(stream -> beat(stream, Instant.MAX));
	}

	List<LiveStream> streams() {
		return open.values().stream().flatMap(Set::stream).toList();
	}

	int listeners(UUID sessionId) {
		return open.getOrDefault(sessionId, Set.of()).size();
	}

	/** A reconnect with a gap the buffer no longer covers is told to reload. */
	private void greet(LiveStream stream, Session session, String lastEventId) {
		long current = session.version();
		List<SessionEvent> missed = replay.since(session.id(), SessionEvent.versionOf(lastEventId, current), current)
			.orElseGet(() -> List.of(SessionEvent.reload(session)));
		missed.stream().filter(event -> event.version() <= current).forEach(event -> send(stream, event));
		send(stream, SessionEvent.connected(session));
		missed.stream().filter(event -> event.version() > current).forEach(event -> send(stream, event));
	}

	private void send(LiveStream stream, SessionEvent event) {
		if (!stream.send(event, settings.reconnectAfter())) {
			forget(stream);
		}
	}

	private void forget(LiveStream stream) {
		if (stream.markOver()) {
			open.computeIfPresent(stream.session(), (id, streams) -> {
				streams.remove(stream);
				return streams.isEmpty() ? null : streams;
			});
			caps.release(stream.owner(), stream.session());
			boolean stillHere = open.getOrDefault(stream.session(), Set.of()).stream()
				.anyMatch(other -> other.person().equals(stream.person()));
			if (!stillHere) {
				watchers.forEach(watcher -> watcher.left(stream.session(), stream.person()));
			}
		}
	}

	/** Hears people arrive and leave by their streams, and each heartbeat with who is still here. */
	interface Watcher {

		void arrived(UUID session, String person);

		/** The person's last stream of the session on this replica ended. */
		void left(UUID session, String person);

		void beaten(Map<UUID, Set<String>> people);

	}

}
