package org.refinery.backlog.session.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Counts open streams by user and session and admits a new one only under every cap. The
 * specific caps come first, so a user who holds too many is told so rather than that the service
 * is full. One lock: admission is rare next to what a stream costs while it is open.
 */
final class StreamCaps {

	private final LiveStreamSettings settings;

	private final Map<Holder, Integer> byUserAndSession = new HashMap<>();

	private final Map<String, Integer> byUser = new HashMap<>();

	private int total;

	private final MeterRegistry meters;

	StreamCaps(LiveStreamSettings settings, MeterRegistry meters) {
		this.settings = settings;
		this.meters = meters;
		Gauge.builder("refinery.session.streams.open", this, StreamCaps::total)
			.description("Open live-update streams of refinement sessions")
			.strongReference(true)
			.register(meters);
	}

	synchronized void admit(String user, UUID session) {
		var holder = new Holder(user, session);
		if (byUserAndSession.getOrDefault(holder, 0) >= settings.perUserAndSession()) {
			throw refused("user-and-session", "You already follow this session live in %d places; close one"
				.formatted(settings.perUserAndSession()));
		}
		if (byUser.getOrDefault(user, 0) >= settings.perUser()) {
			throw refused("user", "You already follow %d live streams; close one".formatted(settings.perUser()));
		}
		if (total >= settings.total()) {
			throw refused("total", "The service follows as many live streams as it can");
		}
		byUserAndSession.merge(holder, 1, Integer::sum);
		byUser.merge(user, 1, Integer::sum);
		total++;
	}

	/** Called once per admitted stream, when it ended for whatever reason. */
	synchronized void release(String user, UUID session) {
		byUserAndSession.computeIfPresent(new Holder(user, session), (key, count) -> count > 1 ? count - 1 : null);
		byUser.computeIfPresent(user, (key, count) -> count > 1 ? count - 1 : null);
		total--;
	}

	synchronized int total() {
		return total;
	}

	private TooManyStreams refused(String limit, String detail) {
		meters.counter("refinery.session.streams.refused", "limit", limit).increment();
		long seconds = settings.retryAfter().toSeconds();
		return new TooManyStreams(limit, detail + " or try again in " + seconds + " s", settings.retryAfter());
	}

	private record Holder(String user, UUID session) {
	}

}
