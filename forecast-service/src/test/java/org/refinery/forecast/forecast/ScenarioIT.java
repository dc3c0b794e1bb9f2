package org.refinery.forecast.forecast;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.forecast.BacklogEvents;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What-if scenarios over HTTP against a baseline the platform computed, on real PostgreSQL and Kafka. */
@ServiceTest
class ScenarioIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	String product;

	List<ItemState> items;

	String viewer;

	Map<?, ?> baseline;

	/**
	 * Teams A and B finish one item a Sprint (five past Sprints each); A ranks a0, a1, a2 and B
	 * ranks b0: the baseline has a0 and b0 in Sprint 1, a1 in 2, a2 in 3, in every trial.
	 */
	@BeforeEach
	void aProductWithItsBaseline() {
		BacklogEvents events = new BacklogEvents(kafka);
		UUID productId = UUID.randomUUID();
		product = "S" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		viewer = tokens.forUser("vic").realmRoles("viewer").products(product).mint();
		events.send(BacklogEvents.productCreated(productId, product, BacklogEvents.sprintsStartingToday()));
		events.send(BacklogEvents.teamCreated(productId, product + "-A"));
		events.send(BacklogEvents.teamCreated(productId, product + "-B"));
		history(product + "-A");
		history(product + "-B");
		items = List.of(item(productId, "A", "r0"), item(productId, "A", "r1"), item(productId, "A", "r2"),
				item(productId, "B", "r3"));
		items.forEach(i -> events.send(BacklogEvents.created(i)));
		baseline = await().atMost(Duration.ofSeconds(30)).until(this::latest,
				b -> b != null && ((List<?>) b.get("items")).size() == 4 && ((List<?>) b.get("teams")).size() == 2);
		assertThat(p50s(baseline)).containsExactly(1, 2, 3, 1);
	}

	@Test
	void aViewersScenarioSaysWhichItemsMoveByHowMuchAndNeverChangesTheBaseline() {
		long facts = count("forecast_p85 where product_key = '" + product + "'");
		long otherFacts = count("forecast_due where product_key = '" + product + "'");

		// A away in Sprint 1, and a2 moved to the top: a2 in Sprint 2, a0 in 3, a1 in 4; b0 stays.
		var response = http().post(scenarios(), viewer, "{\"name\":\"A away\",\"capacity\":[{\"teamKey\":\""
				+ product + "-A\",\"fromPeriod\":1,\"factor\":0}],\"moves\":[{\"itemId\":\"" + items.get(2).id()
				+ "\",\"position\":1}]}");

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		Map<?, ?> comparison = (Map<?, ?>) json(response.getBody()).get("comparison");
		List<Map<?, ?>> shifts = ((List<?>) comparison.get("items")).stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList();
		assertThat(shifts).extracting(s -> (Object) s.get("itemId"))
			.containsExactly(items.get(2).id().toString(), items.get(0).id().toString(), items.get(1).id().toString(),
					items.get(3).id().toString());
		assertThat(shifts).extracting(s -> (Object) s.get("p50Shift")).containsExactly(-1, 2, 2, 0);
		assertThat(shifts).extracting(s -> (Object) s.get("probabilityByBaselineP85")).containsExactly(1.0, 0.0, 0.0, 1.0);
		assertThat(comparison.get("moved")).isEqualTo(3);
		assertThat(count("forecast where product_key = '" + product + "' and id = '" + comparison.get("baselineId") + "'"))
			.as("compared with a stored baseline").isEqualTo(1);

		assertThat(count("forecast where product_key = '" + product + "' and generated_at = '" + comparison.get("runAt")
				+ "'")).as("the run is not stored").isZero();
		assertThat(count("forecast where product_key = '" + product + "' and jsonb_array_length(body -> 'capacity') > 0"))
			.isZero();
		assertThat(count("forecast_p85 where product_key = '" + product + "'")).as("calibration's facts untouched")
			.isEqualTo(facts);
		assertThat(count("forecast_due where product_key = '" + product + "'")).isEqualTo(otherFacts);
		assertThat(p50s(latest())).containsExactly(1, 2, 3, 1);
	}

	@Test
	void aPersonKeepsTwentyScenariosListsThemReRunsAndDeletesThemAndSeesNobodyElses() {
		List<String> ids = IntStream.rangeClosed(1, 20)
			.mapToObj(n -> http().post(scenarios(), viewer, "{\"name\":\"growth " + n + "\",\"scope\":{\"percent\":"
					+ (n * 10) + "}}"))
			.peek(r -> assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(201))
			.map(r -> (String) json(r.getBody()).get("id"))
			.toList();

		var refused = http().post(scenarios(), viewer, "{\"name\":\"one more\",\"scope\":{\"extraItems\":2,\"teamKey\":\""
				+ product + "-B\"}}");
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody()).contains("delete one first").contains("\"pointer\":\"/name\"");
		assertThat(http().post(scenarios(), viewer, "{\"name\":\"growth 1\"}").getStatusCode().value())
			.as("the bound is checked before the name").isEqualTo(409);

		assertThat(http().exchangeWith("DELETE", scenarios() + "/" + ids.getFirst(), viewer, null, Map.of())
			.getStatusCode().value()).isEqualTo(204);
		var extra = http().post(scenarios(), viewer, "{\"name\":\"one more\",\"scope\":{\"extraItems\":2,\"teamKey\":\""
				+ product + "-B\"}}");
		assertThat(extra.getStatusCode().value()).as(extra.getBody()).isEqualTo(201);
		Map<?, ?> moreWork = (Map<?, ?>) json(extra.getBody()).get("comparison");
		assertThat(((List<?>) moreWork.get("items"))).as("the extra items are scope, not compared").hasSize(4);
		assertThat(moreWork.get("moved")).as("B's extra items are ranked last: nothing moves").isEqualTo(0);

		Map<?, ?> mine = json(http().get(scenarios() + "?size=15&page=1", viewer).getBody());
		assertThat((List<?>) mine.get("content")).as("a page like every list").hasSize(5);
		assertThat(mine.get("totalElements")).isEqualTo(20);
		var rerun = http().post(scenarios() + "/" + ids.get(1) + "/runs", viewer, null);
		assertThat(rerun.getStatusCode().value()).as(rerun.getBody()).isEqualTo(200);
		String other = tokens.forUser("tess").realmRoles("team-member").products(product).mint();
		assertThat(http().get(scenarios() + "/" + ids.get(1), other).getStatusCode().value()).isEqualTo(404);
		assertThat((List<?>) json(http().get(scenarios(), other).getBody()).get("content")).isEmpty();
		assertThat(http().get(scenarios(), tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);
	}

	private Map<?, ?> latest() {
		var response = http().get("/api/forecasts/products/" + product, tokens.ada().mint());
		return response.getStatusCode().value() == 200 ? json(response.getBody()) : null;
	}

	private void history(String team) {
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		for (int i = 1; i <= 5; i++) {
			jdbc.sql("insert into throughput_sample values (:team, :product, :start, :end, 1, 1, 'IMPORTED')")
				.param("team", team).param("product", product).param("start", today.minusDays(14L * i))
				.param("end", today.minusDays(14L * i - 13)).update();
		}
	}

	private ItemState item(UUID productId, String team, String rank) {
		return BacklogEvents.item(productId, product, product + "-" + team, rank, 1);
	}

	private static List<Object> p50s(Map<?, ?> forecast) {
		return ((List<?>) forecast.get("items")).stream().<Object>map(i -> ((Map<?, ?>) i).get("p50")).toList();
	}

	private static Map<?, ?> json(String body) {
		return json(body, Map.class);
	}

	private static <T> T json(String body, Class<T> type) {
		return JsonMapper.builder().build().readValue(body, type);
	}

	private String scenarios() {
		return "/api/forecasts/products/" + product + "/scenarios";
	}

	private ServiceClient http() {
		return ServiceClient.onPort(port);
	}

	private long count(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}

}
