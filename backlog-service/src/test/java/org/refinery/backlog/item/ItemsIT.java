package org.refinery.backlog.item;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemCreated;
import org.refinery.contracts.backlog.items.ItemEstimated;
import org.refinery.contracts.backlog.items.ItemReranked;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The shared product backlog over HTTP, on real PostgreSQL and Kafka. */
@ServiceTest
class ItemsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> itemEvents;

	String product;

	String owner;

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		product = "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		owner = tokens.paul().mint();
		assertThat(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Items","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product)).getStatusCode().value()).isEqualTo(201);
		for (String team : List.of("-CHECKOUT", "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(product + team));
		}
		itemEvents = consumers.createConsumer("items-it-" + UUID.randomUUID(), null);
		itemEvents.subscribe(List.of(Topics.BACKLOG_ITEMS));
	}

	@AfterEach
	void closeConsumer() {
		itemEvents.close();
	}

	@Test
	void itemsAreAddedAtTheEndAndMovedBeforeAndAfterOthers() {
		String a = add(owner, "A", product + "-CHECKOUT");
		String b = add(owner, "B", product + "-LEDGER");
		String c = add(owner, "C", product + "-CHECKOUT");

		assertThat(http.post("/api/backlog/items/" + c + "/move", owner, "{\"before\":\"" + a + "\"}")
			.getStatusCode().value()).isEqualTo(200);
		assertThat(titles("")).containsExactly("C", "A", "B");
		http.post("/api/backlog/items/" + c + "/move", owner, "{\"after\":\"" + b + "\"}");
		assertThat(titles("")).containsExactly("A", "B", "C");
		assertThat(titles("?team=" + product + "-CHECKOUT")).containsExactly("A", "C");
	}

	@Test
	void eachMutationEmitsExactlyOneEventWithTheNewState() {
		String a = add(owner, "A", product + "-CHECKOUT");
		String b = add(owner, "B", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":5}");
		http.post("/api/backlog/items/" + b + "/move", owner, "{\"before\":\"" + a + "\"}");

		List<RefineryEvent> events = eventsOf(4);
		assertThat(events).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("ItemCreated", "ItemCreated", "ItemEstimated", "ItemReranked");
		assertThat(((ItemEstimated) events.get(2)).item().estimate()).isEqualByComparingTo("5");
		assertThat(((ItemEstimated) events.get(2)).aggregateVersion()).isEqualTo(2);
		assertThat(((ItemReranked) events.get(3)).item().rank()).isLessThan(((ItemCreated) events.get(0)).item().rank());
	}

	@Test
	void aStaleVersionIsRefusedWith412AndTheCurrentVersion() {
		String a = add(owner, "A", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":3}");

		var stale = http.exchangeWith("POST", "/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":8}",
				Map.of("If-Match", "\"1\""));

		assertThat(stale.getStatusCode().value()).isEqualTo(412);
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(stale.getBody()).contains("\"currentVersion\":2");
		assertThat(estimateOf(a)).isEqualByComparingTo("3");
	}

	@Test
	void readyNeedsTheDefinitionOfReadyAndTheAnswerNamesTheFailingRules() {
		String a = add(owner, "A", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");

		var refused = http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"READY\"}");

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody()).contains("HAS_ACCEPTANCE_CRITERIA").contains("ESTIMATED")
			.doesNotContain("TEAM_ASSIGNED");
	}

	@Test
	void anIllegalStatusChangeIsAConflictNamingTheAllowedMoves() {
		String a = add(owner, "A", product + "-CHECKOUT");

		var refused = http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"DONE\"}");

		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(refused.getBody()).contains("\"allowed\":[\"IN_REFINEMENT\"]");
	}

	@Test
	void teamMembersEditTheirTeamsItemsOnlyAndOnlyProductOwnersReorder() {
		String mine = add(owner, "Mine", product + "-CHECKOUT");
		String theirs = add(owner, "Theirs", product + "-LEDGER");
		String member = tokens.forUser("tom").realmRoles("team-member").products(product).teams(product + "-CHECKOUT")
			.mint();

		assertThat(http.post("/api/backlog/items/" + mine + "/estimate", member, "{\"estimate\":2}").getStatusCode()
			.value()).isEqualTo(200);
		assertThat(http.post("/api/backlog/items/" + theirs + "/estimate", member, "{\"estimate\":2}").getStatusCode()
			.value()).isEqualTo(403);
		assertThat(http.post("/api/backlog/items/" + mine + "/move", member, "{\"after\":\"" + theirs + "\"}")
			.getStatusCode().value()).isEqualTo(403);
		assertThat(http.get("/api/backlog/items/" + mine, tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);
		assertThat(estimateOf(theirs)).isNull();
	}

	@Test
	void badInputIsTheCallersMistakeAndWritesNothing() {
		String base = "/api/backlog/products/" + product + "/items";
		List<String> bodies = List.of("{\"type\":\"STORY\"}", "{\"type\":\"SAGA\",\"title\":\"x\"}",
				"{\"type\":\"STORY\",\"title\":\"x\",\"rank\":\"0\"}", "{\"type\":\"STORY\",\"title\":\"" + "x".repeat(301) + "\"}",
				"{\"type\":\"STORY\",\"title\":\"x\",\"estimate\":1.25}", "[1,2");
		for (String body : bodies) {
			assertThat(http.post(base, owner, body).getStatusCode().value()).as(body).isEqualTo(400);
		}
		assertThat(http.post(base, owner, "{\"type\":\"STORY\",\"title\":\"x\",\"teamKey\":\"SHOP-CART\"}")
			.getStatusCode().value()).isEqualTo(422);
		assertThat(http.get("/api/backlog/items/not-a-uuid", owner).getStatusCode().value()).isEqualTo(400);
		assertThat(titles("")).isEmpty();
	}

	@Test
	void everyChangeIsInTheItemsHistory() {
		String a = add(owner, "A", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":5}");

		var history = jdbc.sql("select field || ':' || coalesce(old_value, '') || '>' || new_value from item_history "
				+ "where item_id = :id order by version, field").param("id", UUID.fromString(a)).query(String.class).list();

		assertThat(history).containsExactly("created:>" + product + "-1", "estimate:>5");
	}

	@Test
	void clarifyingAndReassigningAreTwoVersionsWithOneEventEach() {
		String a = add(owner, "A", product + "-CHECKOUT");

		var patched = http.patch("/api/backlog/items/" + a, owner, """
				{"title":"A, clarified","acceptanceCriteria":["Given a link, when paid, then done"],
				 "teamKey":"%s"}""".formatted(product + "-LEDGER"));

		assertThat(patched.getStatusCode().value()).as(patched.getBody()).isEqualTo(200);
		assertThat(patched.getHeaders().getETag()).isEqualTo("\"3\"");
		assertThat(eventsOf(3)).extracting(event -> event.getClass().getSimpleName())
			.containsExactly("ItemCreated", "ItemRefined", "ItemAssigned");
	}

	@Test
	void aRemovedItemKeepsItsReasonRefusesChangesAndIsRestoredToItsStatus() {
		String a = add(owner, "A", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");

		var removed = http.exchangeWith("DELETE", "/api/backlog/items/" + a + "?reason=Duplicate of A2", owner, null,
				Map.of());
		assertThat(removed.getStatusCode().value()).isEqualTo(200);
		assertThat(removed.getBody()).contains("\"status\":\"REMOVED\"");
		assertThat(http.post("/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":1}").getStatusCode()
			.value()).isEqualTo(422);
		assertThat(http.exchangeWith("DELETE", "/api/backlog/items/" + a, owner, null, Map.of()).getStatusCode()
			.value()).isEqualTo(400);

		var restored = http.post("/api/backlog/items/" + a + "/restore", owner, null);
		assertThat(restored.getBody()).contains("\"status\":\"IN_REFINEMENT\"");
		var history = http.get("/api/backlog/items/" + a + "/history", owner).getBody();
		assertThat(history).contains("Duplicate of A2").contains("\"field\":\"status\"");
	}

	@Test
	void aProductsOwnDefinitionOfReadyDecidesAndTickingAChecklistItemIsAnnounced() {
		String dor = "/api/backlog/products/" + product + "/definition-of-ready";
		var put = http.exchangeWith("PUT", dor, owner, """
				{"rules":["ESTIMATED","CHECKLIST_CONFIRMED"],"checklist":[{"code":"ux-reviewed","text":"UX reviewed?"}]}""",
				Map.of());
		assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
		String member = tokens.forUser("tom").realmRoles("team-member").products(product).teams(product + "-CHECKOUT")
			.mint();
		assertThat(http.exchangeWith("PUT", dor, member, "{\"rules\":[]}", Map.of()).getStatusCode().value())
			.isEqualTo(403);
		String a = add(owner, "A", product + "-CHECKOUT");
		http.post("/api/backlog/items/" + a + "/estimate", owner, "{\"estimate\":2}");
		http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"IN_REFINEMENT\"}");
		assertThat(http.post("/api/backlog/items/" + a + "/status", owner, "{\"status\":\"READY\"}").getBody())
			.contains("UX reviewed?");

		var ticked = http.post("/api/backlog/items/" + a + "/checks/ux-reviewed", member, "{\"ticked\":true}");

		assertThat(ticked.getBody()).contains("\"ready\":true");
		assertThat(http.post("/api/backlog/items/" + a + "/checks/nope", member, "{\"ticked\":true}")
			.getStatusCode().value()).isEqualTo(422);
		assertThat(http.post("/api/backlog/items/" + a + "/status", member, "{\"status\":\"READY\"}")
			.getStatusCode().value()).isEqualTo(200);
		assertThat(eventsOf(5)).extracting(event -> event.getClass().getSimpleName()).contains("ItemReadinessChanged");
	}

	@Test
	void aSplitPlacesTheChildrenRightAfterTheirParentWithItsTeamsAndIsAnnounced() {
		String epic = add(owner, "Epic", product + "-CHECKOUT");
		add(owner, "Next", product + "-LEDGER");

		var split = http.post("/api/backlog/items/" + epic + "/split", owner, """
				{"children":[{"type":"STORY","title":"Part 1"},{"type":"STORY","title":"Part 2","estimate":3}]}""");

		assertThat(split.getStatusCode().value()).as(split.getBody()).isEqualTo(201);
		assertThat(titles("")).containsExactly("Epic", "Part 1", "Part 2", "Next");
		assertThat(titles("?team=" + product + "-CHECKOUT")).containsExactly("Epic", "Part 1", "Part 2");
		assertThat(eventsOf(5)).extracting(event -> event.getClass().getSimpleName())
			.containsExactlyInAnyOrder("ItemCreated", "ItemCreated", "ItemCreated", "ItemCreated", "ItemSplit");
		assertThat(http.post("/api/backlog/items/" + epic + "/split", owner,
				"{\"children\":[{\"type\":\"STORY\",\"title\":\"only one\"}]}").getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void newItemsAndSplitChildrenAreAnsweredStoredAndAnnouncedWithTheReadinessTheirDefinitionGivesThem() {
		http.exchangeWith("PUT", "/api/backlog/products/" + product + "/definition-of-ready", owner,
				"{\"rules\":[\"TEAM_ASSIGNED\"]}", Map.of());

		var created = http.post("/api/backlog/products/" + product + "/items", owner,
				"{\"type\":\"EPIC\",\"title\":\"Epic\",\"teamKey\":\"%s\"}".formatted(product + "-CHECKOUT"));
		String epic = created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
		var split = http.post("/api/backlog/items/" + epic + "/split", owner, """
				{"children":[{"type":"STORY","title":"Part 1"},{"type":"STORY","title":"Part 2"}]}""");

		assertThat(created.getBody()).contains("\"ready\":true").contains("Owned by " + product + "-CHECKOUT");
		assertThat(split.getBody().split("\"ready\":true", -1)).as(split.getBody()).hasSize(3);
		assertThat(jdbc.sql("select i.ready from item i join product p on p.id = i.product_id where p.key = :key")
			.param("key", product).query(Boolean.class).list()).containsExactly(true, true, true);
		assertThat(eventsOf(4)).filteredOn(ItemCreated.class::isInstance)
			.extracting(event -> ((ItemCreated) event).item().ready())
			.containsExactly(true, true, true);
		assertThat(http.get("/api/backlog/items/" + epic + "/history", owner).getBody().split("\"created\"", -1))
			.hasSize(2);
	}

	@Test
	void concurrentMovesNeverLoseAnItemNorShareARank() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add(add(owner, "item " + i, product + "-CHECKOUT"));
		}
		var random = new java.util.Random(7);
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
			List<java.util.concurrent.Future<Integer>> moves = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				String moved = ids.get(random.nextInt(ids.size()));
				String target = ids.get(random.nextInt(ids.size()));
				String side = random.nextBoolean() ? "before" : "after";
				moves.add(pool.submit(() -> http.post("/api/backlog/items/" + moved + "/move", owner,
						"{\"%s\":\"%s\"}".formatted(side, target)).getStatusCode().value()));
			}
			for (var move : moves) {
				assertThat(move.get()).isIn(200, 422);
			}
		}

		var ranks = jdbc.sql("select rank from item i join product p on p.id = i.product_id where p.key = :key")
			.param("key", product).query(String.class).list();
		assertThat(ranks).hasSize(20).doesNotHaveDuplicates();
		assertThat(titles("?size=100")).hasSize(20);
	}

	@Test
	void hammeringOneGapRespacesTheWholeOrderAndKeepsIt() {
		String a = add(owner, "A", product + "-CHECKOUT");
		String b = add(owner, "B", product + "-CHECKOUT");
		String c = add(owner, "C", product + "-CHECKOUT");
		for (int i = 0; i < 400; i++) {
			String moved = i % 2 == 0 ? c : b;
			String target = i % 2 == 0 ? b : c;
			assertThat(http.post("/api/backlog/items/" + moved + "/move", owner, "{\"before\":\"" + target + "\"}")
				.getStatusCode().value()).isEqualTo(200);
		}

		var ranks = jdbc.sql("select rank from item i join product p on p.id = i.product_id where p.key = :key")
			.param("key", product).query(String.class).list();
		assertThat(ranks).allSatisfy(rank -> assertThat(rank.length()).isLessThanOrEqualTo(Ranks.MAX_LENGTH + 1));
		assertThat(titles("")).hasSize(3).startsWith("A");
	}

	private String add(String token, String title, String team) {
		var response = http.post("/api/backlog/products/" + product + "/items", token,
				"{\"type\":\"STORY\",\"title\":\"%s\",\"teamKey\":\"%s\"}".formatted(title, team));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private List<Object> titles(String query) {
		Map<?, ?> page = http.getJson("/api/backlog/products/" + product + "/items" + query, owner);
		return ((List<?>) page.get("content")).stream().<Object>map(i -> ((Map<?, ?>) i).get("title")).toList();
	}

	private java.math.BigDecimal estimateOf(String id) {
		return jdbc.sql("select estimate from item where id = :id").param("id", UUID.fromString(id))
			.query(java.math.BigDecimal.class).optional().orElse(null);
	}

	private List<RefineryEvent> eventsOf(int expected) {
		List<RefineryEvent> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			itemEvents.poll(Duration.ofMillis(200)).forEach(record -> {
				if (record.value() instanceof RefineryEvent event && mine(event)) {
					found.add(event);
				}
			});
			return found.size() >= expected;
		});
		itemEvents.poll(Duration.ofSeconds(1)).forEach(record -> {
			if (record.value() instanceof RefineryEvent event && mine(event)) {
				found.add(event);
			}
		});
		found.sort(java.util.Comparator.comparing(RefineryEvent::occurredAt));
		return found;
	}

	private boolean mine(RefineryEvent event) {
		return event.toString().contains("productKey=" + product + ",");
	}

}
