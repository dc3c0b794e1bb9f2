package org.refinery.dependency.tracking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A dependency's history over HTTP, on real PostgreSQL: one revision per version, none for a change of nothing. */
@ServiceTest
class DependencyHistoryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	String tess;

	String theo;

	String path;

	@BeforeEach
	void aDependencyOfCheckoutOnLedger() {
		http = ServiceClient.onPort(port);
		product = TestItems.productKey();
		tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-CHECKOUT").mint();
		theo = tokens.forUser("theo").realmRoles("team-member").products(product).teams(product + "-LEDGER").mint();
		var created = http.post("/api/dependencies", tess,
				"{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\",\"neededBy\":\"Sprint 7\"}"
					.formatted(item(1, product + "-CHECKOUT"), item(2, product + "-LEDGER")));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		path = created.getHeaders().getLocation().getPath();
	}

	@Test
	void identifiedAcknowledgedAndResolvedLeaveThreeRevisionsNewestFirstWithWhoAndWhat() {
		assertThat(http.patch(path, theo, "{\"status\":\"ACKNOWLEDGED\"}").getStatusCode().value()).isEqualTo(200);
		assertThat(http.patch(path, tess, "{\"status\":\"RESOLVED\",\"reason\":\"Shipped\"}").getStatusCode().value())
			.isEqualTo(200);

		Map<Object, Object> page = json(path + "/history", theo);

		assertThat(page).containsEntry("page", 0).containsEntry("size", 50).containsEntry("totalElements", 3);
		List<Map<Object, Object>> content = ((List<?>) page.get("content")).stream()
			.<Map<Object, Object>>map(entry -> new HashMap<>((Map<?, ?>) entry))
			.toList();
		assertThat(content.stream().map(entry -> entry.get("version")).toList()).isEqualTo(List.of(3, 2, 1));
		assertThat(content.stream().map(entry -> entry.get("actor")).toList()).isEqualTo(List.of("tess", "theo", "tess"));
		assertThat(content).allSatisfy(entry -> assertThat(entry.get("changedAt")).isNotNull());
		assertThat(content.get(0).get("changes")).hasToString(
				"[{field=status, from=ACKNOWLEDGED, to=RESOLVED}, {field=statusReason, from=null, to=Shipped}]");
		assertThat(content.get(2).get("changes").toString()).contains("field=neededBy, from=null, to=Sprint 7");
	}

	@Test
	void aPatchThatChangesNothingKeepsTheVersionWritesNoHistoryAndPublishesNoEvent() {
		http.patch(path, theo, "{\"status\":\"ACKNOWLEDGED\"}");
		long events = eventsAbout(path);

		var same = http.exchangeWith("PATCH", path, theo, "{\"status\":\"ACKNOWLEDGED\",\"neededBy\":\"Sprint 7\"}",
				Map.of("If-Match", "\"2\""));

		assertThat(same.getStatusCode().value()).as(same.getBody()).isEqualTo(200);
		assertThat(same.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(json(path + "/history", tess)).containsEntry("totalElements", 2);
		assertThat(eventsAbout(path)).isEqualTo(events).isEqualTo(2);
	}

	@Test
	void aNewNoteIsANewVersionWithItsOwnRevision() {
		var noted = http.patch(path, tess, "{\"note\":\"API first\"}");

		assertThat(noted.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(json(path, theo)).containsEntry("note", "API first");
		Map<Object, Object> page = json(path + "/history?size=1", tess);
		assertThat(page).containsEntry("totalElements", 2).containsEntry("size", 1);
		assertThat(page.get("content").toString()).contains("version=2", "field=note, from=null, to=API first");
	}

	@Test
	void theHistoryOfADependencyTheCallerCannotSeeIsNotFoundAndPagingIsChecked() {
		String nora = tokens.forUser("nora").realmRoles("team-member").products("SHOP").teams("SHOP-CART").mint();

		var hidden = http.get(path + "/history", nora);
		assertThat(hidden.getStatusCode().value()).isEqualTo(404);
		assertThat(hidden.getBody()).contains("is visible to you");
		assertThat(http.get("/api/dependencies/" + UUID.randomUUID() + "/history", tess).getStatusCode().value())
			.isEqualTo(404);
		assertThat(http.get(path + "/history?size=0", tess).getStatusCode().value()).isEqualTo(400);
	}

	private Map<Object, Object> json(String uri, String token) {
		return new HashMap<>(http.getJson(uri, token));
	}

	/** The outbox rows naming this dependency: each event the service published about it. */
	private long eventsAbout(String dependencyPath) {
		String id = dependencyPath.substring(dependencyPath.lastIndexOf('/') + 1);
		return jdbc.sql("select count(*) from event_publication where serialized_event like :id")
			.param("id", "%" + id + "%")
			.query(Long.class)
			.single();
	}

	/** Seeds the read model directly: how items arrive from Kafka is {@code BacklogReadModelIT}'s concern. */
	private UUID item(int number, String team) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'READY', 3, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(product))
			.param("product", product)
			.param("key", product + "-" + number)
			.param("team", team)
			.param("rank", "r" + number)
			.update();
		return id;
	}

}
