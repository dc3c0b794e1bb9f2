package org.refinery.forecast.forecast;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.forecast.BacklogEvents;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Baselines the platform computes by itself, over HTTP and Kafka on real PostgreSQL: after a
 * history import, after an item event and after its owner changed the baseline settings.
 */
@ServiceTest
class BaselineIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	String product;

	List<ItemState> items;

	/** One team, three items ranked r0 to r2, Sprints starting today, and no history yet. */
	@BeforeEach
	void aProductWhoseTeamHasNoHistoryYet() {
		BacklogEvents events = new BacklogEvents(kafka);
		UUID productId = UUID.randomUUID();
		product = "L" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		events.send(BacklogEvents.productCreated(productId, product, BacklogEvents.sprintsStartingToday()));
		events.send(BacklogEvents.teamCreated(productId, product + "-A"));
		items = IntStream.range(0, 3)
			.mapToObj(i -> BacklogEvents.item(productId, product, product + "-A", "r" + i, 1))
			.toList();
		items.forEach(i -> events.send(BacklogEvents.created(i)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> count("backlog_item where product_key = '" + product + "'") == 3
					&& count("known_team where key = '" + product + "-A'") == 1);
	}

	@Test
	void aProductGetsItsBaselineWithoutAnyonePostingOnceItsHistoryIsImported() {
		// No history, no dates. The team and its items arrive on separate topics, so for a moment the
		// replica may hold the team without its items (or the reverse), and a baseline of that moment
		// (nothing to do, or items of no known team) may stand (CI run ci34): it never dates an item.
		var before = http().get(path(), tokens.ada().mint());
		assertThat(before.getStatusCode().value()).as("no baseline, or one of the replica's first moments").isIn(200, 404);
		if (before.getStatusCode().value() == 200) {
			assertThat(p50s(ServiceClient.onPort(port).getJson(path(), tokens.ada().mint()))).as("no item dated")
				.allMatch(Objects::isNull);
		}

		importFiveSprintsOfOneItem();

		Map<?, ?> baseline = awaitBaseline(b -> p50s(b).equals(List.of(1, 2, 3)));
		assertThat(baseline.get("trials")).isEqualTo(BaselineSettings.DEFAULT_TRIALS);
		assertThat(baseline.get("horizon")).isEqualTo(BaselineSettings.DEFAULT_HORIZON);
	}

	@Test
	void anItemFinishingRecomputesTheBaselineByItself() {
		importFiveSprintsOfOneItem();
		Map<?, ?> before = awaitBaseline(b -> p50s(b).equals(List.of(1, 2, 3)));

		new BacklogEvents(kafka).send(BacklogEvents.moved(items.getFirst(), ItemStatus.DONE, Instant.now()));

		Map<?, ?> after = awaitBaseline(b -> p50s(b).equals(List.of(0, 1, 2)));
		assertThat(after.get("id")).isNotEqualTo(before.get("id"));
	}

	@Test
	void onlyTheProductOwnerChangesTheSettingsAgainstTheVersionHeldAndTheBaselineFollows() {
		importFiveSprintsOfOneItem();
		awaitBaseline(b -> true);
		String settings = path() + "/forecast-settings";
		String body = "{\"trials\":500,\"mode\":\"COUNT\",\"horizon\":3,\"historyWindow\":4}";
		String owner = tokens.paul().products(product).mint();

		for (String refused : List.of(tokens.forUser("tess").realmRoles("team-member").products(product)
			.teams(product + "-A").mint(), tokens.vic().products(product).mint(), tokens.pia().mint())) {
			var response = http().exchangeWith("PUT", settings, refused, body, Map.of("If-Match", "\"0\""));
			assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
			assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		}
		var changed = http().exchangeWith("PUT", settings, owner, body, Map.of("If-Match", "\"0\""));
		var stale = http().exchangeWith("PUT", settings, owner, body, Map.of("If-Match", "\"0\""));

		assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
		assertThat(changed.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"1\"");
		List<String> history = jdbc.sql("select changed_by from forecast_settings_change where product_key = :key")
			.param("key", product).query(String.class).list();
		assertThat(history).containsExactly("paul");
		Map<?, ?> versions = http().getJson(settings + "/history?size=1", owner);
		assertThat(versions.get("size")).as("a page like every list").isEqualTo(1);
		assertThat((List<?>) versions.get("content")).singleElement().asString().contains("trials=500");
		Map<?, ?> baseline = awaitBaseline(b -> b.get("trials").equals(500));
		assertThat(baseline.get("horizon")).isEqualTo(3);
		assertThat(baseline.get("historyWindow")).isEqualTo(4);
		assertThat(http().getJson(settings, tokens.vic().products(product).mint()).get("version")).as("read by viewers")
			.isEqualTo(1);
	}

	@Test
	void settingsWhoseBaselineCouldNotBeComputedAreRefusedNamingTheFieldAndChangeNothing() {
		importFiveSprintsOfOneItem(0);

		var response = http().exchangeWith("PUT", path() + "/forecast-settings", tokens.paul().products(product).mint(),
				"{\"trials\":1000,\"mode\":\"POINTS\",\"horizon\":6}", Map.of());

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
		assertThat(response.getBody()).contains("\"pointer\":\"/mode\"").contains(product + "-A");
		assertThat(count("forecast_settings_change where product_key = '" + product + "'")).isZero();
	}

	@Test
	void theBaselinesAreKeptAndReadPageByPageWithEachItemsDates() {
		importFiveSprintsOfOneItem();
		awaitBaseline(b -> true);
		http().exchangeWith("PUT", path() + "/forecast-settings", tokens.ada().mint(),
				"{\"trials\":300,\"mode\":\"COUNT\",\"horizon\":4}", Map.of());
		awaitBaseline(b -> b.get("trials").equals(300));

		Map<?, ?> first = http().getJson(path() + "/baselines?size=1", tokens.vic().products(product).mint());
		Map<?, ?> second = http().getJson(path() + "/baselines?size=1&page=1", tokens.vic().products(product).mint());

		assertThat(((Number) first.get("total")).intValue()).isGreaterThanOrEqualTo(2);
		Map<?, ?> newest = (Map<?, ?>) ((List<?>) first.get("baselines")).getFirst();
		assertThat(newest.get("trials")).isEqualTo(300);
		Map<?, ?> item = (Map<?, ?>) ((List<?>) newest.get("items")).getFirst();
		assertThat(item.get("p50")).isEqualTo(1);
		assertThat(item.get("p50Date")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(13).toString());
		assertThat(((Map<?, ?>) ((List<?>) second.get("baselines")).getFirst()).get("id")).isNotEqualTo(newest.get("id"));
	}

	/** Five past Sprints of one item (of one point) each, imported by the product owner. */
	private void importFiveSprintsOfOneItem() {
		importFiveSprintsOfOneItem(1);
	}

	private void importFiveSprintsOfOneItem(int points) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String rows = IntStream.range(0, 5)
			.mapToObj(i -> today.minusDays(14L * (5 - i)))
			.map(start -> "{\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + start.plusDays(13)
					+ "\",\"items\":1,\"points\":" + points + "}")
			.collect(Collectors.joining(",", "[", "]"));
		var response = http().exchangeWith("PUT", "/api/forecasts/teams/" + product + "-A/throughput",
				tokens.paul().products(product).mint(), rows, Map.of());
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
	}

	private Map<?, ?> awaitBaseline(java.util.function.Predicate<Map<?, ?>> until) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			var response = http().get(path(), tokens.ada().mint());
			return response.getStatusCode().value() == 200 ? ServiceClient.onPort(port).getJson(path(), tokens.ada().mint())
					: null;
		}, baseline -> baseline != null && until.test(baseline));
	}

	private static List<Object> p50s(Map<?, ?> baseline) {
		return ((List<?>) baseline.get("items")).stream().<Object>map(i -> ((Map<?, ?>) i).get("p50")).toList();
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
