package org.refinery.backlog.session.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The latest events of recently changed sessions, so that a client reconnecting with
 * {@code Last-Event-ID} is sent what it missed instead of reloading. Bounded twice, per session
 * and in sessions, because it lives in the heap; what fell out is answered with "reload".
 */
final class ReplayBuffer {

	private final int perSession;

	private final Map<UUID, NavigableMap<Long, SessionEvent>> recent;

	ReplayBuffer(int perSession, int sessions) {
		this.perSession = perSession;
		this.recent = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<UUID, NavigableMap<Long, SessionEvent>> eldest) {
				return size() > sessions;
			}
		};
	}

	synchronized void add(SessionEvent event) {
		NavigableMap<Long, SessionEvent> events = recent.computeIfAbsent(event.sessionId(), id -> new TreeMap<>());
		events.put(event.version(), event);
		while (events.size() > perSession) {
			events.pollFirstEntry();
		}
	}

	/**
	 * The held events after version {@code seen}, or empty when one of those up to {@code current}
	 * (the version the stream was opened at) is no longer held. Events after {@code current} come
	 * along: they committed while the stream was being opened.
	 */
	synchronized Optional<List<SessionEvent>> since(UUID session, long seen, long current) {
		NavigableMap<Long, SessionEvent> held = recent.getOrDefault(session, new TreeMap<>());
		boolean complete = seen >= current || held.subMap(seen, false, current, true).size() == current - seen;
		return complete ? Optional.of(List.copyOf(held.tailMap(seen, false).values())) : Optional.empty();
	}

}
