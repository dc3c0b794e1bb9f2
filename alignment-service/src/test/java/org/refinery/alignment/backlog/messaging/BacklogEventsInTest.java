package org.refinery.alignment.backlog.messaging;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.backlog.ItemStatus;
import org.refinery.contracts.EventType;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemRemoved;
import org.refinery.contracts.samples.EventSamples;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class BacklogEventsInTest {

	@Test
	void everyItemEventSampleYieldsTheItemStateItCarries() {
		var itemTypes = Arrays.stream(EventType.values()).filter(type -> type.topic().equals(Topics.BACKLOG_ITEMS))
			.toList();

		assertThat(itemTypes).isNotEmpty().allSatisfy(type -> {
			RefineryEvent event = EventSamples.event(type.ceType());
			assertThat(BacklogEventsIn.itemStateOf(event)).as(type.ceType()).isNotNull();
			assertThat(BacklogEventsIn.itemStateOf(event).id()).isEqualTo(event.aggregateId());
		});
	}

	@Test
	void theReadModelTakesTheEventsVersionEstimateAndStatus() {
		ItemEstimated estimated = EventSamples.event(ItemEstimated.class);

		var item = BacklogEventsIn.item(estimated.item(), estimated);

		assertThat(item.version()).isEqualTo(estimated.aggregateVersion());
		assertThat(item.estimate()).isEqualByComparingTo(estimated.estimate());
		assertThat(item.productKey()).isEqualTo("PAY");
	}

	@Test
	void aRemovedItemIsHeldAsRemoved() {
		ItemRemoved removed = EventSamples.event(ItemRemoved.class);

		assertThat(BacklogEventsIn.item(removed.item(), removed).status())
			.isEqualTo(ItemStatus.REMOVED);
	}

	@Test
	void anItemKeepsItsParentAndTheEventsTimeAsCreationAndForARemovalAsClosing() {
		ItemRemoved removed = EventSamples.event(ItemRemoved.class);

		var item = BacklogEventsIn.item(removed.item(), removed);

		assertThat(item.parentId()).isEqualTo(removed.item().parentId());
		assertThat(item.dates().created()).isEqualTo(removed.occurredAt());
		assertThat(item.dates().closed()).isEqualTo(removed.occurredAt());
	}

	@Test
	void anOpenItemHasNoClosingDate() {
		ItemEstimated estimated = EventSamples.event(ItemEstimated.class);

		assertThat(BacklogEventsIn.item(estimated.item(), estimated).dates().closed()).isNull();
	}

	@Test
	void eventsOfOtherAggregatesCarryNoItemState() {
		assertThat(BacklogEventsIn.itemStateOf(EventSamples.event("refinery.backlog.TeamCreated.v1"))).isNull();
	}

}
