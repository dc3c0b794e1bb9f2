package org.refinery.forecast.forecast;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.forecasts.ForecastComputed;
import org.refinery.forecast.BacklogEvents;
import org.refinery.forecast.forecast.application.ProductForecasts;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.forecast.BacklogEvents.created;

/** Product forecasts over HTTP from a read model built by real Kafka events, stored in real PostgreSQL. */
@ServiceTest
class ProductForecastIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	String product;

	List<ItemState> items;

	UUID productId;

	/**
	 * Team A (5 Sprints of 1 item) ranks a1, a2, a3 with a2 blocked by B's b2; team B (3 Sprints
	 * of 1 item, low confidence) ranks b1, b2. So a1, b1 in Sprint 1; a3 (capacity flows past a2)
	 * and b2 in Sprint 2; a2 in Sprint 3. Today is the first day of a Sprint, so the running Sprint,
	 * period 1, is all still to come (a Sprint under way would draw only its remaining share).
	 */
	@BeforeEach
	void aProductWithTwoTeamsAndABlocker() {
		BacklogEvents events = new BacklogEvents(kafka);
		productId = UUID.randomUUID();
		product = "G" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		events.send(BacklogEvents.productCreated(productId, product, BacklogEvents.sprintsStartingToday()));
		events.send(BacklogEvents.teamCreated(productId, product + "-A"));
		events.send(BacklogEvents.teamCreated(productId, product + "-B"));
		items = List.of(item(productId, "A", "a"), item(productId, "B", "b"), item(productId, "A", "c"),
				item(productId, "B", "d"), item(productId, "A", "e"));
		items.forEach(i -> events.send(created(i)));
		events.send(BacklogEvents.blocks(productId, items.get(2), items.get(3)));
		history(product + "-A", 5);
		history(product + "-B", 3);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("backlog_item where product_key = '" + product + "'") == 5
					&& count("blocker where product_id = '" + productId + "'") == 1
					&& count("known_team where product_id = '" + productId + "'") == 2);
	}

	@Test
	void aForecastSaysWhenEachItemIsLikelyDoneWaitingForBlockersAndIsAnnounced() {
		var response = http().post(path(), tokens.paul().products(product).mint(), "{\"trials\":500,\"horizon\":4,\"seed\":7}");

		assertThat(response.getStatusCode().value()).as("a product owner's run is the baseline").isEqualTo(201);
		Map<?, ?> forecast = json(response.getBody());
		assertThat((String) forecast.get("notice")).contains("forecast, not a commitment");
		assertThat(((List<?>) forecast.get("items")).stream().<Object>map(i -> ((Map<?, ?>) i).get("p85")))
			.containsExactly(1, 1, 3, 2, 2);
		assertThat((List<Object>) forecast.get("lowConfidenceTeams")).containsExactly(product + "-B");
		assertThat(((Map<?, ?>) ((List<?>) forecast.get("periods")).getFirst()).get("likely95")).isEqualTo(2);
		ForecastComputed announced = announced(UUID.fromString((String) forecast.get("id")));
		assertThat(announced.forecast().items()).hasSize(5);
		assertThat(announced.forecast().items().get(2).p85().index()).isEqualTo(3);
	}

	@Test
	void aForecastSaysEachTeamsLikelyThroughputHowLikelyEachBlockerDelaysAndHowPredictableItIs() {
		Map<?, ?> forecast = post("{\"trials\":300,\"horizon\":4,\"seed\":2}");

		// Both teams finish exactly one item per Sprint: the range is 1 to 1 and every P95 equals its P50.
		assertThat((List<Map<String, Object>>) forecast.get("teams"))
			.extracting(t -> t.get("teamKey"), t -> t.get("likelyLow"), t -> t.get("median"), t -> t.get("likelyHigh"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(product + "-A", 1, 1, 1),
					org.assertj.core.groups.Tuple.tuple(product + "-B", 1, 1, 1));
		assertThat(forecast.get("predictability")).isEqualTo(1.0);
		assertThat(((Map<?, ?>) ((List<?>) forecast.get("items")).get(2)).get("predictability")).isEqualTo(1.0);
		// A reaches c with capacity in Sprint 2, while B only finishes d in Sprint 2: c waits in every trial.
		Map<?, ?> dependency = (Map<?, ?>) ((List<?>) forecast.get("dependencies")).getFirst();
		assertThat(dependency.get("dependentItemId")).isEqualTo(items.get(2).id().toString());
		assertThat(dependency.get("prerequisiteItemId")).isEqualTo(items.get(3).id().toString());
		assertThat(dependency.get("delayProbability")).isEqualTo(1.0);
	}

	@Test
	void howManyByPeriodKIsReadFromTheLatestForecast() {
		post("{\"trials\":200,\"horizon\":4,\"seed\":3}");

		Map<?, ?> howMany = http().getJson(path() + "/how-many?period=2", tokens.pia().mint());

		assertThat((String) howMany.get("notice")).contains("not a commitment");
		Map<?, ?> period = (Map<?, ?>) howMany.get("period");
		assertThat(period.get("index")).isEqualTo(2);
		assertThat(period.get("likely95")).isEqualTo(4);
		assertThat(period.get("likely50")).isEqualTo(4);
	}

	@Test
	void howManyRefusesPeriodsOutsideTheForecastAndHidesOthersProducts() {
		// The platform recomputes the baseline by itself (issue 21): its settings, not a POST, fix the horizon.
		var settings = http().exchangeWith("PUT", path() + "/forecast-settings", tokens.ada().mint(),
				"{\"trials\":200,\"mode\":\"COUNT\",\"horizon\":4}", Map.of());
		assertThat(settings.getStatusCode().value()).as(settings.getBody()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
			.until(() -> http().getJson(path(), tokens.ada().mint()).get("horizon"),
				horizon -> horizon.equals(4));

		for (String query : List.of("?period=0", "?period=5", "?period=x", "", "?period=-1")) {
			var response = http().get(path() + "/how-many" + query, tokens.pia().mint());
			assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
		}
		assertThat(http().get(path() + "/how-many?period=1", tokens.nora().mint()).getStatusCode().value())
			.isEqualTo(404);
	}

	@Test
	void aSplitRateMakesTheSameBacklogLaterAndABadOneIsRefused() {
		Map<?, ?> grown = post("{\"trials\":50,\"horizon\":6,\"seed\":3,\"splitRate\":{\"low\":2,\"high\":2}}");

		// Every item now takes two Sprints of one item's throughput: a1 and b1 by Sprint 2.
		assertThat(((Map<?, ?>) ((List<?>) grown.get("items")).getFirst()).get("p50")).isEqualTo(2);
		for (String split : List.of("{\"low\":0.5,\"high\":1}", "{\"low\":2,\"high\":1.5}",
				"{\"low\":1,\"high\":11}", "{\"low\":1}")) {
			var response = http().post(path(), tokens.pia().mint(), "{\"splitRate\":" + split + "}");
			assertThat(response.getStatusCode().value()).as(split).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).as(split).hasToString("application/problem+json");
		}
	}

	@Test
	void anItemCompletingAndANewDependencyRecomputeTheForecastAndAnnounceIt() {
		Map<?, ?> asked = post("{\"trials\":200,\"horizon\":4,\"seed\":3}");
		BacklogEvents events = new BacklogEvents(kafka);

		events.send(BacklogEvents.moved(items.getFirst(), ItemStatus.DONE, BacklogEvents.inSprint(0, 1)));
		events.send(BacklogEvents.blocks(productId, items.get(4), items.get(1)));

		// Team A used to finish e in Sprint 1 while c waited; now e waits for b, done in Sprint 1.
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			Map<?, ?> latest = http().getJson(path(), tokens.ada().mint());
			List<?> forecastItems = (List<?>) latest.get("items");
			return !latest.get("id").equals(asked.get("id"))
					&& ((Map<?, ?>) forecastItems.getFirst()).get("p50").equals(0)
					&& ((Map<?, ?>) forecastItems.get(4)).get("p50").equals(2);
		});
		Map<?, ?> latest = http().getJson(path(), tokens.ada().mint());
		ForecastComputed announced = announced(UUID.fromString((String) latest.get("id")));
		assertThat(announced.actor().username()).isEqualTo("service-account-forecast-service");
		assertThat(announced.forecast().trials()).as("recomputed from the baseline settings, not as last asked")
			.isEqualTo(BaselineSettings.DEFAULT_TRIALS);
	}

	@Test
	void oneItemsForecastSaysWhenItIsLikelyDoneAndOnlyToThoseWhoSeeIt() {
		post("{\"trials\":100,\"horizon\":4,\"seed\":5}");
		String item = "/api/forecasts/items/" + items.get(2).id();

		Map<?, ?> when = http().getJson(item, tokens.pia().mint());

		assertThat(((Map<?, ?>) when.get("item")).get("p85")).isEqualTo(3);
		assertThat((String) when.get("notice")).contains("not a commitment");
		assertThat(http().get(item, tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);
		assertThat(http().get("/api/forecasts/items/" + UUID.randomUUID(), tokens.ada().mint()).getStatusCode()
			.value()).isEqualTo(404);
		assertThat(http().get("/api/forecasts/items/not-a-uuid", tokens.ada().mint()).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void theSameSeedGivesTheSameForecast() {
		String body = "{\"trials\":300,\"horizon\":3,\"seed\":11,\"mode\":\"POINTS\"}";
		Map<?, ?> first = post(body);
		Map<?, ?> second = post(body);

		assertThat(second.get("items")).isEqualTo(first.get("items"));
		assertThat(second.get("periods")).isEqualTo(first.get("periods"));
	}

	@Test
	void aBadRequestIsTheCallersMistakeAndWritesNothing() {
		for (String body : List.of("{\"trials\":100001}", "{\"horizon\":0}", "{\"mode\":\"HOURS\"}",
				"{\"capacity\":[{\"teamKey\":\"" + product + "-A\",\"period\":1,\"factor\":-1}]}",
				"{\"capacity\":[{\"teamKey\":\"NOBODY\",\"period\":1,\"factor\":0.5}]}",
				"{\"horizon\":2,\"capacity\":[{\"teamKey\":\"" + product + "-A\",\"period\":3,\"factor\":0.5}]}",
				"{\"capacity\":[null]}", "{\"velocity\":3}")) {
			var response = http().post(path(), tokens.pia().mint(), body);
			assertThat(response.getStatusCode().value()).as(body).isEqualTo(400);
			assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		}
		// The platform's own baselines (default settings, no capacity change) may be stored meanwhile; nothing else.
		assertThat(count("forecast where product_key = '" + product + "' and (jsonb_array_length(body -> 'capacity') > 0 "
				+ "or (body ->> 'trials')::int <> 10000 or (body ->> 'horizon')::int <> 6)")).isZero();
	}

	@Test
	void aTeamWithWorkButNoHistoryMakesTheForecastImpossible() {
		jdbc.sql("delete from throughput_sample where team_key = :team").param("team", product + "-B").update();

		var response = http().post(path(), tokens.pia().mint(), "{\"trials\":10}");

		assertThat(response.getStatusCode().value()).isEqualTo(422);
		assertThat(response.getBody()).contains(product + "-B");
	}

	@Test
	void callersWhoCannotSeeTheProductLearnNothingOfIt() {
		assertThat(http().post(path(), tokens.nora().mint(), "{}").getStatusCode().value()).isEqualTo(404);
		assertThat(http().get(path(), tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);
		assertThat(http().post("/api/forecasts/products/NOPE", tokens.ada().mint(), "{}").getStatusCode().value())
			.isEqualTo(404);
	}

	/**
	 * Changed with issue 21: viewers and team members no longer get 403 but a what-if run, which is
	 * answered and never stored; only product owners and administrators make the baseline.
	 */
	@Test
	void aViewerOrATeamMembersRunIsAWhatIfNeverStoredWhileAProductOwnersBecomesTheBaseline() {
		String viewer = tokens.forUser("vic").realmRoles("viewer").products(product).mint();
		String member = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-A").mint();
		String owner = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		String body = "{\"trials\":100,\"horizon\":4,\"seed\":5}";

		for (String whatIf : List.of(viewer, member)) {
			var response = http().post(path(), whatIf, body);
			assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
			assertThat((List<Object>) json(response.getBody()).get("warnings")).contains(ProductForecasts.SCENARIO_WARNING);
		}
		assertThat(count("forecast where product_key = '" + product + "' and (body ->> 'trials')::int = 100"))
			.as("no what-if run was stored").isZero();
		assertThat(http().post(path(), owner, body).getStatusCode().value()).isEqualTo(201);
		assertThat(count("forecast where product_key = '" + product + "' and (body ->> 'trials')::int = 100"))
			.as("the owner's run is the baseline").isEqualTo(1);
	}

	/** An administrator's run, which becomes the baseline; read from the answer, since the platform may store its own next. */
	private Map<?, ?> post(String body) {
		var response = http().post(path(), tokens.ada().mint(), body);
		assertThat(response.getStatusCode().value()).isEqualTo(201);
		return json(response.getBody());
	}

	private static Map<?, ?> json(String body) {
		return JsonMapper.builder().build().readValue(body, Map.class);
	}

	private ForecastComputed announced(UUID forecastId) {
		try (var consumer = consumers.createConsumer("forecast-it-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.FORECASTS));
			Instant deadline = Instant.now().plusSeconds(30);
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, RefineryEvent> record : consumer.poll(Duration.ofMillis(250))) {
					if (record.key().equals(forecastId.toString())) {
						return (ForecastComputed) record.value();
					}
				}
			}
		}
		throw new AssertionError("ForecastComputed " + forecastId + " was not published");
	}

	private ItemState item(UUID productId, String team, String rank) {
		return BacklogEvents.item(productId, product, product + "-" + team, rank, 2);
	}

	private void history(String team, int sprints) {
		for (int i = 0; i < sprints; i++) {
			jdbc.sql("insert into throughput_sample values (:team, :product, :start, :end, 1, 2, 'IMPORTED')")
				.param("team", team)
				.param("product", product)
				.param("start", BacklogEvents.FIRST_SPRINT.plusDays(14L * i))
				.param("end", BacklogEvents.FIRST_SPRINT.plusDays(14L * i + 13))
				.update();
		}
	}

	private String path() {
		return "/api/forecasts/products/" + product;
	}

	private ServiceClient http() {
		return ServiceClient.onPort(port);
	}

	private long count(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}

}
