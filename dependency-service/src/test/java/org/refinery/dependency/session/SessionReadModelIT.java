package org.refinery.dependency.session;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;
import org.refinery.dependency.TestItems;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The session read model fed from the real session topic, on real PostgreSQL and Kafka. */
@ServiceTest
class SessionReadModelIT {

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSessionEventCreatesTheRowAnOlderOrDuplicateOneChangesNothingAndANewerOneReplacesIt() {
		String product = TestItems.productKey();
		UUID id = UUID.randomUUID();
		UUID marker = UUID.randomUUID();
		TestItems.sendSession(kafka, id, TestItems.closed(TestItems.session(id, product, SessionStatus.CLOSED), 3));
		TestItems.sendSession(kafka, id, TestItems.scheduled(TestItems.session(id, product, SessionStatus.SCHEDULED), 1));
		TestItems.sendSession(kafka, id, TestItems.closed(TestItems.session(id, product, SessionStatus.OPEN), 3));
		TestItems.sendSession(kafka, id, TestItems.scheduled(TestItems.session(marker, product, SessionStatus.SCHEDULED), 1));

		// Same record key, so the marker is consumed only after the stale events were.
		await().atMost(Duration.ofSeconds(30)).until(() -> row(marker) != null);
		assertThat(row(id)).containsEntry("product_id", TestItems.productId(product))
			.containsEntry("status", "CLOSED")
			.containsEntry("version", 3L);

		TestItems.sendSession(kafka, id, TestItems.closed(TestItems.session(id, product, SessionStatus.OPEN), 4));
		await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(row(id).get("status")));
	}

	@Test
	void aCorrectionRenamesTheSessionACancellationEndsItAndAStaleCorrectionAfterwardsChangesNothing() {
		String product = TestItems.productKey();
		UUID id = UUID.randomUUID();
		SessionState planned = TestItems.session(id, product, SessionStatus.SCHEDULED);
		TestItems.sendSession(kafka, id, TestItems.scheduled(planned, 1));
		TestItems.sendSession(kafka, id, updated(renamed(planned, "Moved to Thursday", SessionStatus.SCHEDULED), 2));
		await().atMost(Duration.ofSeconds(30)).until(() -> row(id) != null && "Moved to Thursday".equals(row(id).get("title")));

		TestItems.sendSession(kafka, id, new RefinementSessionCancelled(UUID.randomUUID(), Instant.now(),
				planned.productId(), id, 3, TestItems.PAUL, renamed(planned, "Moved to Thursday", SessionStatus.CANCELLED),
				"Half the teams are at the offsite"));
		TestItems.sendSession(kafka, id, updated(renamed(planned, "A stale title", SessionStatus.SCHEDULED), 2));
		UUID marker = UUID.randomUUID();
		TestItems.sendSession(kafka, id, TestItems.scheduled(TestItems.session(marker, product, SessionStatus.SCHEDULED), 1));

		// Same record key, so the marker is consumed only after the cancellation and the stale correction.
		await().atMost(Duration.ofSeconds(30)).until(() -> row(marker) != null);
		assertThat(row(id)).containsEntry("title", "Moved to Thursday")
			.containsEntry("status", "CANCELLED")
			.containsEntry("version", 3L);
	}

	private static SessionState renamed(SessionState state, String title, SessionStatus status) {
		return new SessionState(state.id(), state.productId(), title, state.startsAt(), state.teamKeys(), status,
				state.outcomeCount());
	}

	private static RefinementSessionUpdated updated(SessionState state, long version) {
		return new RefinementSessionUpdated(UUID.randomUUID(), Instant.now(), state.productId(), state.id(), version,
				TestItems.PAUL, state, Set.of("title"));
	}

	private Map<String, Object> row(UUID id) {
		return jdbc.sql("select product_id, title, status, version from refinement_session where id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
	}

}
