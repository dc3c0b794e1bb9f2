package org.refinery.dependency.session.messaging;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.refinery.contracts.samples.EventSamples;

import static org.assertj.core.api.Assertions.assertThat;

class SessionEventsInTest {

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

}
