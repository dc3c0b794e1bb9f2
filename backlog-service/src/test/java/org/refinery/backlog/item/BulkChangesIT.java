package org.refinery.backlog.item;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One action on several items at once: all applied, each with its history and event, or none. */
@ServiceTest
class BulkChangesIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	String owner = tokens.paul().mint();

	String checkout;

	String ledger;

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Bulk","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		checkout = product + "-CHECKOUT";
		ledger = product + "-LEDGER";
		for (String team : List.of(checkout, ledger)) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(team));
		}
	}

	@Test
	void assigning_two_items_changes_both_with_a_history_entry_and_an_event_each() {
		String a = add("A", checkout, true);
		String b = add("B", checkout, true);

		var response = bulk("{\"action\":\"ASSIGN_TEAM\",\"teamKey\":\"%s\",\"items\":[%s,%s]}".formatted(ledger,
				target(a, 1), target(b, 1)));

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		JsonNode items = json.readTree(response.getBody()).path("items");
		assertThat(items.valueStream().map(item -> item.path("teamKey").asString())).containsExactly(ledger, ledger);
		assertThat(items.valueStream().map(item -> item.path("version").asLong())).containsExactly(2L, 2L);
		for (String id : List.of(a, b)) {
			assertThat(http.get("/api/backlog/items/" + id + "/history", owner).getBody()).contains(ledger);
			assertThat(events(id, "ItemAssigned")).as("one event for the assignment").isEqualTo(1);
		}
	}

	@Test
	void one_stale_item_refuses_the_whole_change_with_412_naming_it_and_its_current_version() {
		String a = add("A", checkout, true);
		String b = add("B", checkout, true);
		http.post("/api/backlog/items/" + b + "/estimate", owner, "{\"estimate\":3}");

		var response = bulk("{\"action\":\"ESTIMATE\",\"estimate\":8,\"items\":[%s,%s]}".formatted(target(a, 1),
				target(b, 1)));

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(412);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		JsonNode refused = json.readTree(response.getBody()).path("refused");
		assertThat(refused.size()).isEqualTo(1);
		assertThat(refused.get(0).path("index").asInt()).isEqualTo(1);
		assertThat(refused.get(0).path("currentVersion").asLong()).isEqualTo(2);
		assertThat(json.readTree(response.getBody()).path("errors").get(0).path("pointer").asString())
			.isEqualTo("/items/1");
		assertThat(estimateOf(a)).as("nothing is kept").isEqualTo("5.0");
		assertThat(events(a, "ItemEstimated")).isZero();
	}

	@Test
	void items_that_do_not_meet_the_definition_of_ready_are_named_each_with_its_failing_rules() {
		String ready = add("Ready", checkout, true);
		String vague = add("Vague", checkout, false);
		for (String id : List.of(ready, vague)) {
			http.post("/api/backlog/items/" + id + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");
		}

		var response = bulk("{\"action\":\"CHANGE_STATUS\",\"status\":\"READY\",\"items\":[%s,%s]}".formatted(
				target(ready, null), target(vague, null)));

		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
		JsonNode refused = json.readTree(response.getBody()).path("refused");
		assertThat(refused.size()).isEqualTo(1);
		assertThat(refused.get(0).path("id").asString()).isEqualTo(vague);
		assertThat(refused.get(0).path("failingRules").isEmpty()).isFalse();
		assertThat(statusOf(ready)).as("all or nothing").isEqualTo("IN_REFINEMENT");
	}

	@Test
	void moving_to_the_top_and_bottom_keeps_the_selection_in_its_order() {
		String a = add("A", checkout, true);
		String b = add("B", checkout, true);
		String c = add("C", checkout, true);
		String d = add("D", checkout, true);

		assertThat(bulk("{\"action\":\"MOVE_TO_TOP\",\"items\":[%s,%s]}".formatted(target(d, null), target(c, null)))
			.getStatusCode().value()).isEqualTo(200);
		assertThat(order()).containsExactly("C", "D", "A", "B");
		assertThat(bulk("{\"action\":\"MOVE_TO_BOTTOM\",\"items\":[%s,%s]}".formatted(target(c, null), target(a, null)))
			.getStatusCode().value()).isEqualTo(200);
		assertThat(order()).containsExactly("D", "B", "C", "A");
		assertThat(bulk("{\"action\":\"MOVE_TO_BOTTOM\",\"items\":[%s]}".formatted(target(a, null)))
			.getStatusCode().value()).as("already there").isEqualTo(200);
	}

	@Test
	void a_team_member_may_not_reorder_and_a_request_without_its_value_is_a_400_naming_the_field() {
		String a = add("A", checkout, true);
		String member = tokens.forUser("tom").realmRoles("team-member").products(product).teams(checkout).mint();

		var denied = http.post("/api/backlog/products/" + product + "/items/bulk", member,
				"{\"action\":\"MOVE_TO_TOP\",\"items\":[%s]}".formatted(target(a, null)));
		assertThat(denied.getStatusCode().value()).as(denied.getBody()).isEqualTo(403);
		assertThat(denied.getBody()).contains("reorder");

		var missing = bulk("{\"action\":\"ASSIGN_TEAM\",\"items\":[%s]}".formatted(target(a, null)));
		assertThat(missing.getStatusCode().value()).isEqualTo(400);
		assertThat(missing.getBody()).contains("\"pointer\":\"/teamKey\"");
		var empty = bulk("{\"action\":\"ESTIMATE\",\"estimate\":1,\"items\":[]}");
		assertThat(empty.getStatusCode().value()).isEqualTo(400);
		assertThat(empty.getBody()).contains("\"pointer\":\"/items\"");
		var foreign = bulk("{\"action\":\"ESTIMATE\",\"estimate\":1,\"items\":[%s]}".formatted(
				target(UUID.randomUUID().toString(), null)));
		assertThat(foreign.getStatusCode().value()).isEqualTo(422);
		assertThat(foreign.getBody()).contains("/items/0");
	}

	private ResponseEntity<String> bulk(String body) {
		return http.post("/api/backlog/products/" + product + "/items/bulk", owner, body);
	}

	private static String target(String id, Integer version) {
		return version == null ? "{\"id\":\"%s\"}".formatted(id) : "{\"id\":\"%s\",\"version\":%d}".formatted(id, version);
	}

	private List<String> order() {
		Map<?, ?> page = http.getJson("/api/backlog/products/" + product + "/items", owner);
		return ((List<?>) page.get("content")).stream().map(i -> (String) ((Map<?, ?>) i).get("title")).toList();
	}

	private String estimateOf(String id) {
		return jdbc.sql("select estimate::text from item where id = :id").param("id", UUID.fromString(id))
			.query(String.class).single();
	}

	private String statusOf(String id) {
		return jdbc.sql("select status from item where id = :id").param("id", UUID.fromString(id))
			.query(String.class).single();
	}

	/** Distinct events of the type about the item in the outbox (each listener has its own row of the same event). */
	private long events(String id, String type) {
		return jdbc.sql("select count(distinct serialized_event) from event_publication where event_type like :type "
				+ "and serialized_event like :id")
			.param("type", "%" + type).param("id", "%" + id + "%").query(Long.class).single();
	}

	private String add(String title, String team, boolean meetsReadiness) {
		String body = meetsReadiness
				? "{\"type\":\"STORY\",\"title\":\"%s\",\"teamKey\":\"%s\",\"estimate\":5,\"acceptanceCriteria\":[\"works\"]}"
				: "{\"type\":\"STORY\",\"title\":\"%s\",\"teamKey\":\"%s\"}";
		var created = http.post("/api/backlog/products/" + product + "/items", owner, body.formatted(title, team));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

}
