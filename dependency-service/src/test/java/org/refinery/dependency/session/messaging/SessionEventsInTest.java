package org.refinery.dependency.session.messaging;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.sessions.RefinementSessionCancelled;
import org.refinery.contracts.backlog.sessions.RefinementSessionUpdated;
import org.refinery.contracts.backlog.sessions.SessionState;
import org.refinery.contracts.backlog.sessions.SessionStatus;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.dependency.session.RefinementSession;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SessionEventsInTest {

	private static final Actor PAUL = new Actor("paul-subject", "paul");

	@Test
	void everyFrozenSampleOfTheSessionTopicYieldsTheSessionAndItsProductAtTheEventsVersion() {
		var types = EventType.onTopic(Topics.BACKLOG_SESSIONS).stream().filter(t -> EventSamples.exists(t.ceType()))
			.toList();
		assertThat(types).isNotEmpty();
		for (EventType type : types) {
			var event = EventSamples.event(type.ceType());
			var state = SessionEventsIn.stateOf(event);

			assertThat(state).as(type.ceType()).isNotNull();
			var session = SessionEventsIn.sessionOf(state, event.aggregateVersion());
			assertThat(session.id()).isEqualTo(event.aggregateId());
			assertThat(session.productId()).isEqualTo(event.productId());
			assertThat(session.version()).isEqualTo(event.aggregateVersion());
			assertThat(session.status().name()).isEqualTo(state.status().name());
		}
	}

	@Test
	void eventsOfOtherTopicsCarryNoSession() {
		assertThat(SessionEventsIn.stateOf(EventSamples.event("refinery.backlog.ItemCreated.v1"))).isNull();
	}

	@Test
	void aCorrectionCarriesTheNewTitleAtItsVersion() {
		SessionState corrected = state("PAY refinement, moved to Thursday", SessionStatus.SCHEDULED);
		var event = new RefinementSessionUpdated(UUID.randomUUID(), Instant.now(), corrected.productId(), corrected.id(),
				4, PAUL, corrected, Set.of("title", "startsAt"));

		var session = SessionEventsIn.sessionOf(SessionEventsIn.stateOf(event), event.aggregateVersion());

		assertThat(session.title()).isEqualTo("PAY refinement, moved to Thursday");
		assertThat(session.status()).isEqualTo(RefinementSession.SessionStatus.SCHEDULED);
		assertThat(session.version()).isEqualTo(4);
	}

	@Test
	void aCancellationLeavesTheSessionCancelledWithOrWithoutAReason() {
		SessionState cancelled = state("PAY refinement", SessionStatus.CANCELLED);
		for (String reason : new String[] { "Half the teams are at the offsite", null }) {
			var event = new RefinementSessionCancelled(UUID.randomUUID(), Instant.now(), cancelled.productId(),
					cancelled.id(), 5, PAUL, cancelled, reason);

			var session = SessionEventsIn.sessionOf(SessionEventsIn.stateOf(event), event.aggregateVersion());

			assertThat(session.status()).isEqualTo(RefinementSession.SessionStatus.CANCELLED);
			assertThat(session.version()).isEqualTo(5);
		}
	}

	@Test
	void everyStatusTheContractNamesIsOneTheReadModelKnows() {
		assertThat(Arrays.stream(RefinementSession.SessionStatus.values()).map(Enum::name))
			.containsExactlyInAnyOrderElementsOf(Arrays.stream(SessionStatus.values()).map(Enum::name).toList());
	}

	private static SessionState state(String title, SessionStatus status) {
		return new SessionState(UUID.randomUUID(), UUID.randomUUID(), title, Instant.parse("2026-11-26T09:00:00Z"),
				Set.of("PAY-CHECKOUT", "PAY-LEDGER"), status, 2);
	}

}
