package org.refinery.dependency.backlog.messaging;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.EventType;
import org.refinery.contracts.Topics;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.dependency.backlog.ItemStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ItemEventsInTest {

	@Test
	void everyFrozenSampleOfTheItemTopicYieldsTheItemStateAtTheEventsVersion() {
		for (EventType type : EventType.onTopic(Topics.BACKLOG_ITEMS)) {
			var event = EventSamples.event(type.ceType());
			var state = ItemEventsIn.stateOf(event);

			assertThat(state).as(type.ceType()).isNotNull();
			var item = ItemEventsIn.itemOf(state, event.aggregateVersion());
			assertThat(item.id()).isEqualTo(event.aggregateId());
			assertThat(item.version()).isEqualTo(event.aggregateVersion());
			assertThat(item.status().name()).isEqualTo(state.status().name());
		}
	}

	@Test
	void theDoneSampleCarriesTeamRankEstimateAndStatus() {
		var event = EventSamples.event("refinery.backlog.ItemStatusChanged.v1");

		var item = ItemEventsIn.itemOf(ItemEventsIn.stateOf(event), event.aggregateVersion());

		assertThat(item.key()).isEqualTo("PAY-42");
		assertThat(item.teamKey()).isEqualTo("PAY-CHECKOUT");
		assertThat(item.rank()).isEqualTo("c");
		assertThat(item.estimate()).isEqualByComparingTo("5");
		assertThat(item.status()).isEqualTo(ItemStatus.DONE);
	}

	@Test
	void eventsOfOtherTopicsCarryNoItem() {
		assertThat(ItemEventsIn.stateOf(EventSamples.event("refinery.dependencies.DependencyIdentified.v1"))).isNull();
	}

}
