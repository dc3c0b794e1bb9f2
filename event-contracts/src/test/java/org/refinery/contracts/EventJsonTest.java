package org.refinery.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.samples.EventSamples;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTest {

	private static final String ITEM_CREATED = EventType.ITEM_CREATED.ceType();

	private final EventJson json = new EventJson();

	@Test
	void unknownFieldsAreIgnoredAtEveryLevel() {
		ObjectNode tree = (ObjectNode) json.mapper().readTree(EventSamples.json(ITEM_CREATED));
		tree.put("addedInAFutureV1", "ignored");
		((ObjectNode) tree.get("item")).putObject("futureDetails").put("risk", "HIGH");

		ItemCreated read = json.read(ITEM_CREATED, tree.toString());

		assertThat(read).isEqualTo(EventSamples.event(ITEM_CREATED));
	}

	@Test
	void absentValuesAreOmittedNotWrittenAsNullOrEmpty() {
		ItemCreated created = EventSamples.event(ITEM_CREATED);

		JsonNode item = json.mapper().readTree(json.write(created)).get("item");

		assertThat(created.item().estimate()).isNull();
		assertThat(created.item().contributingTeamKeys()).isEmpty();
		assertThat(item.has("estimate")).isFalse();
		assertThat(item.has("completedAt")).isFalse();
		assertThat(item.has("contributingTeamKeys")).isFalse();
	}

	@Test
	void absentCollectionsReadAsEmpty() {
		ItemCreated created = EventSamples.event(ITEM_CREATED);

		assertThat(created.item().contributingTeamKeys()).isEmpty();
	}

	@Test
	void instantsAndDatesAreIsoStrings() {
		JsonNode tree = json.mapper().readTree(json.write(EventSamples.event(EventType.PRODUCT_CREATED.ceType())));

		assertThat(tree.get("occurredAt").isString()).isTrue();
		assertThat(tree.get("occurredAt").asString()).isEqualTo("2026-01-05T08:30:00Z");
		assertThat(tree.get("product").get("firstPeriodStart").asString()).isEqualTo("2026-01-05");
	}

	@Test
	void decimalsAreWrittenPlainWithoutExponent() {
		ItemEstimated sample = EventSamples.event(EventType.ITEM_ESTIMATED.ceType());
		ItemState item = sample.item();
		var estimated = new ItemEstimated(sample.eventId(), sample.occurredAt(), sample.productId(),
				sample.aggregateId(), sample.aggregateVersion(), sample.actor(), item, null, new BigDecimal("1E+1"));

		assertThat(json.write(estimated)).contains("\"estimate\":10").doesNotContain("E+");
	}

	@Test
	void sortedCollectionsMakeTheJsonDeterministic() {
		ItemCreated sample = EventSamples.event(ITEM_CREATED);
		ItemState item = sample.item();
		var teams = new ItemState(item.id(), item.productId(), item.productKey(), item.key(), item.type(),
				item.title(), item.estimate(), item.teamKey(), Set.of("PAY-RISK", "PAY-LEDGER", "PAY-FRAUD"),
				item.parentId(), item.rank(), item.status(), item.ready(), item.acceptanceCriteriaCount(),
				item.completedAt(), item.version());

		assertThat(json.mapper().writeValueAsString(teams))
			.contains("\"contributingTeamKeys\":[\"PAY-FRAUD\",\"PAY-LEDGER\",\"PAY-RISK\"]");
	}

	@Test
	void nullEventWritesNullAndNullJsonReadsNull() {
		assertThat(json.write(null)).isNull();
		assertThat(json.writeBytes(null)).isNull();
		assertThat((RefineryEvent) json.read(ITEM_CREATED, null)).isNull();
		assertThat(json.read(EventType.ITEM_CREATED, null)).isNull();
	}

	@Test
	void readingAnUnknownCeTypeFailsNamingIt() {
		assertThatThrownBy(() -> json.read("refinery.backlog.ItemVanished.v1", "{}"))
			.isInstanceOf(UnknownEventTypeException.class)
			.hasMessageContaining("refinery.backlog.ItemVanished.v1");
	}

	@Test
	void readingJsonWithoutARequiredFieldFailsNamingTheField() {
		ObjectNode tree = (ObjectNode) json.mapper().readTree(EventSamples.json(ITEM_CREATED));
		tree.remove("item");

		assertThatThrownBy(() -> json.read(ITEM_CREATED, tree.toString())).isInstanceOf(JacksonException.class)
			.hasMessageContaining("ItemCreated.item is required");
	}

}
