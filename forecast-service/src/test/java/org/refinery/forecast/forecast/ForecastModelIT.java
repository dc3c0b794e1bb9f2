package org.refinery.forecast.forecast;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.backlog.items.ItemType;
import org.refinery.forecast.BacklogEvents;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The model's statements in the answer, over HTTP from a read model built by real Kafka events:
 * why an item can never finish, how an epic not broken down yet counts, and POINTS refused on a
 * history without points.
 */
@ServiceTest
class ForecastModelIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	String product;

	UUID productId;

	List<ItemState> items = new ArrayList<>();

	/**
	 * Team A, whose imported history counts 2 items a Sprint but no points, completed an epic of
	 * 3 stories; open are an epic of A not broken down yet and a story nobody works on.
	 */
	@BeforeEach
	void aProductWithACompletedEpicAnEpicNotBrokenDownAndAnUnassignedStory() {
		BacklogEvents events = new BacklogEvents(kafka);
		productId = UUID.randomUUID();
		product = "M" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		// Imported before the completions arrive: their observed Sprint then keeps the imported sample.
		// The product's Sprints are on the same grid as the imported ones (from FIRST_SPRINT), so the
		// observed Sprint is one of them whatever the day: on a grid moving with today it was so only
		// one day in 14, and on the others an observed sample with points let POINTS through.
		for (int i = 0; i < 5; i++) {
			jdbc.sql("insert into throughput_sample values (:team, :product, :start, :end, 2, 0, 'IMPORTED')")
				.param("team", product + "-A")
				.param("product", product)
				.param("start", BacklogEvents.FIRST_SPRINT.plusDays(14L * i))
				.param("end", BacklogEvents.FIRST_SPRINT.plusDays(14L * i + 13))
				.update();
		}
		events.send(BacklogEvents.productCreated(productId, product));
		events.send(BacklogEvents.teamCreated(productId, product + "-A"));
		ItemState done = item(ItemType.EPIC, "a", product + "-A", null);
		items.add(done);
		for (int i = 0; i < 3; i++) {
			items.add(item(ItemType.STORY, "b" + i, product + "-A", done.id()));
		}
		items.add(item(ItemType.EPIC, "c", product + "-A", null));
		items.add(item(ItemType.STORY, "d", null, null));
		items.forEach(i -> events.send(BacklogEvents.created(i)));
		items.subList(0, 4).forEach(i -> events.send(BacklogEvents.moved(i, ItemStatus.DONE, BacklogEvents.inSprint(2, 3))));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"select count(*) from backlog_item where product_key = :key and status = 'DONE' and item_type is not null")
			.param("key", product).query(Long.class).single() == 4);
	}

	@Test
	void anItemNobodyWorksOnSaysWhyItNeverFinishesAndAnEpicNotBrokenDownSaysHowItCounts() {
		var response = http().post(path(), tokens.ada().mint(), "{\"trials\":100,\"horizon\":6,\"seed\":1}");

		assertThat(response.getStatusCode().value()).isEqualTo(201);
		List<Map<String, Object>> forecast = (List<Map<String, Object>>) http().getJson(path(), tokens.ada().mint())
			.get("items");
		Map<String, Object> epic = forecast.stream().filter(i -> i.get("itemKey").equals(product + "-c")).findFirst()
			.orElseThrow();
		Map<String, Object> unassigned = forecast.stream().filter(i -> i.get("itemKey").equals(product + "-d"))
			.findFirst().orElseThrow();
		assertThat(epic.get("sizedAs")).isEqualTo("not broken down yet: counts as 3 item(s), the median children of "
				+ "the product's 1 completed epic(s) and feature(s)");
		assertThat(epic.get("neverReason")).isNull();
		assertThat(unassigned.get("neverReason")).isEqualTo("no team works on it");
		assertThat(unassigned.get("p95")).isNull();
	}

	@Test
	void pointsOnAHistoryWithoutPointsAreRefusedPointingAtTheMode() {
		var response = http().post(path(), tokens.ada().mint(), "{\"trials\":100,\"horizon\":6,\"mode\":\"POINTS\"}");

		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("\"pointer\":\"/mode\"").contains(product + "-A");
	}

	private ItemState item(ItemType type, String rank, String team, UUID parent) {
		return new ItemState(UUID.randomUUID(), productId, product, product + "-" + rank, type, "Item " + rank,
				BigDecimal.ONE, team, Set.of(), parent, rank, ItemStatus.READY, true, 1, null, 1);
	}

	private String path() {
		return "/api/forecasts/products/" + product;
	}

	private ServiceClient http() {
		return ServiceClient.onPort(port);
	}

}
