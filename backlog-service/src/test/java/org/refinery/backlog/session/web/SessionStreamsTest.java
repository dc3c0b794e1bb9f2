package org.refinery.backlog.session.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.refinery.backlog.product.Actor;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionChanged;
import org.refinery.backlog.session.SessionStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Heartbeats, lifetime and Last-Event-ID replay of the live streams, without a server. */
class SessionStreamsTest {

	static final LiveStreamSettings SETTINGS = new LiveStreamSettings(3, 5, 8, Duration.ofSeconds(10),
			Duration.ofMinutes(20), Duration.ofSeconds(5), 4, 100);

	final Instant start = Instant.parse("2026-12-01T09:00:00Z");

	final MovableClock clock = new MovableClock(start);

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final List<RecordingEmitter> emitters = new ArrayList<>();

	final SessionStreams streams = new SessionStreams(SETTINGS, clock, meters, timeout -> {
		var emitter = new RecordingEmitter();
		emitters.add(emitter);
		return emitter;
	});

	final UUID id = UUID.randomUUID();

	final Session session = at(id, 1);

	@Test
	void everyOpenStreamGetsAHeartbeatComment() {
		openAs("tess", 2);

		streams.beat();

		assertThat(emitters).allSatisfy(emitter -> assertThat(emitter.lines()).contains(": heartbeat"));
		assertThat(emitters).noneMatch(emitter -> emitter.completed);
	}

	@Test
	void aHeartbeatToADepartedClientEndsItsStreamAndFreesItsSlot() {
		openAs("tess", 3);
		emitters.get(1).departed = true;

		streams.beat();

		assertThat(emitters.get(1).completed).isTrue();
		assertThat(streams.listeners(session.id())).isEqualTo(2);
		assertThat(openGauge()).isEqualTo(2);
		streams.open(session, "tess", null);
		assertThat(openGauge()).isEqualTo(3);
	}

	@Test
	void aPersonArrivesWithTheirFirstStreamAndLeavesWithTheirLast() {
		List<String> told = new ArrayList<>();
		streams.watch(new SessionStreams.Watcher() {
			@Override
			public void arrived(UUID session, String person) {
				told.add("arrived " + person);
			}

			@Override
			public void left(UUID session, String person) {
				told.add("left " + person);
			}

			@Override
			public void beaten(Map<UUID, Set<String>> people) {
				told.add("beaten " + people.get(id));
			}
		});
		streams.open(session, "subject-1", "tess", null);
		streams.open(session, "subject-1", "tess", null);
		emitters.get(0).departed = true;

		streams.beat();
		emitters.get(1).departed = true;
		streams.beat();

		assertThat(told).containsExactly("arrived tess", "arrived tess", "beaten [tess]", "left tess", "beaten null");
	}

	@Test
	void anAnnouncementCarriesNoIdSoTheLastEventIdStaysASessionVersion() {
		openAs("tess", 1);

		streams.announce(id, "round-voted", Map.of("voter", "tess"));

		String written = emitters.getFirst().written.getLast();
		assertThat(written).contains("event:round-voted", "tess").doesNotContain("id:");
	}

	@Test
	void aStreamPastItsLifetimeEndsWithAReconnectHintAndFreesItsSlot() {
		openAs("tess", 1);
		clock.now = start.plus(SETTINGS.lifetime().multipliedBy(4).dividedBy(5)).minusSeconds(1);
		streams.beat();
		assertThat(emitters.getFirst().completed).as("within the shortest lifetime").isFalse();

		clock.now = start.plus(SETTINGS.lifetime());
		streams.beat();

		assertThat(emitters.getFirst().completed).isTrue();
		assertThat(emitters.getFirst().lines()).contains("retry:5000", ": reconnect");
		assertThat(openGauge()).isZero();
	}

	@Test
	void aFirstConnectIsGreetedWithItsVersionAsEventIdAndHearsLaterChanges() {
		var emitter = openAs("tess", 1).getFirst();

		streams.on(changed(at(id, 2), true));

		assertThat(emitter.lines()).containsSubsequence("id:1", "event:connected", "id:2",
				"event:session-outcome-recorded");
	}

	@Test
	void aReconnectWithLastEventIdIsSentTheChangesItMissedInOrder() {
		for (int version = 2; version <= 4; version++) {
			streams.on(changed(at(id, version), version < 4));
		}

		var emitter = reconnect(at(id, 4), "2");

		assertThat(emitter.lines()).containsSubsequence("id:3", "event:session-outcome-recorded", "id:4",
				"event:session-changed", "id:4", "event:connected")
			.doesNotContain("id:2");
	}

	@Test
	void aReconnectWhoseGapIsNoLongerHeldIsToldToReload() {
		for (int version = 2; version <= 7; version++) {
			streams.on(changed(at(id, version), true));
		}

		var tooOld = reconnect(at(id, 7), "1");
		var notAVersion = reconnect(at(id, 7), "yesterday");

		for (var emitter : List.of(tooOld, notAVersion)) {
			assertThat(emitter.lines()).containsSubsequence("id:7", "event:session-changed", "id:7", "event:connected")
				.doesNotContain("event:session-outcome-recorded")
				.filteredOn(line -> line.startsWith("data:"))
				.first()
				.asString()
				.contains("version=7", "change=changed", "itemId=null");
		}
	}

	private List<RecordingEmitter> openAs(String user, int count) {
		for (int i = 0; i < count; i++) {
			streams.open(session, user, null);
		}
		return emitters.subList(emitters.size() - count, emitters.size());
	}

	private RecordingEmitter reconnect(Session at, String lastEventId) {
		streams.open(at, "tess-" + UUID.randomUUID(), lastEventId);
		return emitters.getLast();
	}

	private double openGauge() {
		return meters.get("refinery.session.streams.open").gauge().value();
	}

	private Session at(UUID id, long version) {
		return new Session(id, UUID.randomUUID(), "PAY", "Live", "paul", start, SessionStatus.OPEN,
				Map.of("PAY-CHECKOUT", Set.of("tess")), List.of(), List.of(), version);
	}

	private static SessionChanged changed(Session at, boolean outcome) {
		var recorded = outcome ? new Outcome(UUID.randomUUID(), UUID.randomUUID(), OutcomeKind.CLARIFIED, "ok", "paul",
				at.startsAt()) : null;
		return new SessionChanged(at, recorded, new Actor("sub-paul", "paul"));
	}

}
