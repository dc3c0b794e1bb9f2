package org.refinery.backlog.item;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change people make is in the history of what they changed, and an edit that changes
 * nothing is in neither the version nor the history: items and Definitions of Ready, over HTTP on
 * real PostgreSQL.
 */
@ServiceTest
class ItemHistoryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String CHECKLIST = """
			{"rules":["CHECKLIST_CONFIRMED"],"checklist":[{"code":"ux-reviewed","text":"UX reviewed?"}]}""";

	@LocalServerPort
	int port;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	@BeforeEach
	void aProduct() {
		http = ServiceClient.onPort(port);
		product = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"History","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
	}

	@Test
	void anItemsHistoryIsReadPageByPageNewestFirstLikeEveryOtherHistory() {
		String item = add("Paged");
		http.post("/api/backlog/items/" + item + "/estimate", owner, "{\"estimate\":3}");
		http.post("/api/backlog/items/" + item + "/estimate", owner, "{\"estimate\":5}");

		Map<?, ?> newest = http.getJson("/api/backlog/items/" + item + "/history?size=1", owner);
		Map<?, ?> oldest = http.getJson("/api/backlog/items/" + item + "/history?size=1&page=2", owner);

		assertThat(List.of(newest.get("totalElements"), newest.get("page"), newest.get("size"))).containsExactly(3, 0, 1);
		assertThat((List<?>) newest.get("content")).singleElement().asString().contains("newValue=5");
		assertThat((List<?>) oldest.get("content")).singleElement().asString().contains("field=created");
		assertThat(http.get("/api/backlog/items/" + item + "/history?size=501", owner).getStatusCode().value())
			.isEqualTo(400);
	}

	@Test
	void anEditThatChangesNothingKeepsTheVersionAndLeavesNoHistory() {
		String item = add("A");
		var first = http.patch("/api/backlog/items/" + item, owner, "{\"title\":\"A\",\"description\":null}");
		var estimated = http.post("/api/backlog/items/" + item + "/estimate", owner, "{\"estimate\":5}");
		var again = http.post("/api/backlog/items/" + item + "/estimate", owner, "{\"estimate\":5.0}");

		assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(estimated.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(again.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(history(item)).extracting(entry -> entry.get("field")).containsExactly("created", "estimate");
	}

	@Test
	void tickingAChecklistItemIsInTheHistoryOnce() {
		assertThat(http.exchangeWith("PUT", "/api/backlog/products/" + product + "/definition-of-ready", owner,
				CHECKLIST, Map.of()).getStatusCode().value()).isEqualTo(200);
		String item = add("A");

		http.post("/api/backlog/items/" + item + "/checks/ux-reviewed", owner, "{\"ticked\":true}");
		var twice = http.post("/api/backlog/items/" + item + "/checks/ux-reviewed", owner, "{\"ticked\":true}");

		assertThat(twice.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(history(item)).filteredOn(entry -> entry.get("field").equals("check:ux-reviewed"))
			.singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("oldValue", "unticked").containsEntry("newValue", "ticked"));
	}

	@Test
	void aSplitNamesItsChildrenInTheHistory() {
		String epic = add("Epic");

		http.post("/api/backlog/items/" + epic + "/split", owner,
				"{\"children\":[{\"type\":\"STORY\",\"title\":\"S1\"},{\"type\":\"STORY\",\"title\":\"S2\"}]}");

		assertThat(history(epic)).filteredOn(entry -> entry.get("field").equals("children")).singleElement()
			.satisfies(entry -> assertThat(entry.get("newValue")).isEqualTo(product + "-2, " + product + "-3"));
	}

	@Test
	void aMoveIsInTheHistoryAsPositionsNotRanks() {
		String a = add("A");
		add("B");
		String c = add("C");

		http.post("/api/backlog/items/" + c + "/move", owner, "{\"before\":\"%s\"}".formatted(a));
		var unmoved = http.post("/api/backlog/items/" + c + "/move", owner, "{\"before\":\"%s\"}".formatted(a));

		assertThat(unmoved.getHeaders().getETag()).as("already there").isEqualTo("\"2\"");
		assertThat(history(c)).extracting(entry -> entry.get("field")).containsExactly("created", "position");
		assertThat(history(c).get(1)).containsEntry("oldValue", "3").containsEntry("newValue", "1");
	}

	@Test
	void theDefinitionOfReadyKeepsAHistoryAndTheSameOneChangesNothing() {
		String uri = "/api/backlog/products/" + product + "/definition-of-ready";
		http.exchangeWith("PUT", uri, owner, CHECKLIST, Map.of());
		Object version = http.getJson("/api/backlog/products/" + product, owner).get("version");
		http.exchangeWith("PUT", uri, owner, CHECKLIST, Map.of());

		assertThat(http.getJson("/api/backlog/products/" + product, owner).get("version")).isEqualTo(version);
		var history = http.get(uri + "/history", owner).getBody();
		assertThat(history).contains("\"field\":\"checklist\"").contains("ux-reviewed: UX reviewed?")
			.contains("\"oldValue\":\"ESTIMATED, HAS_ACCEPTANCE_CRITERIA, TEAM_ASSIGNED\"")
			.contains("\"newValue\":\"CHECKLIST_CONFIRMED\"");
		assertThat(history.split("\"field\":\"rules\"", -1)).hasSize(2);
		Map<?, ?> newest = http.getJson(uri + "/history?size=1", owner);
		assertThat(List.of(newest.get("totalElements"), newest.get("size"))).containsExactly(2, 1);
		assertThat((List<?>) newest.get("content")).singleElement().asString().contains("field=checklist");
	}

	@Test
	void theDefinitionOfReadyChangesOnlyFromTheVersionItsOwnerHolds() {
		String uri = "/api/backlog/products/" + product + "/definition-of-ready";
		String held = http.get(uri, owner).getHeaders().getETag();

		var changed = http.exchangeWith("PUT", uri, owner, CHECKLIST, Map.of("If-Match", held));
		var stale = http.exchangeWith("PUT", uri, owner, "{\"rules\":[\"ESTIMATED\"]}", Map.of("If-Match", held));

		assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
		assertThat(changed.getHeaders().getETag()).isNotEqualTo(held)
			.isEqualTo("\"" + http.getJson("/api/backlog/products/" + product, owner).get("version") + "\"");
		assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(412);
		assertThat(stale.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(http.get(uri, owner).getBody()).as("the stale change was not applied").contains("CHECKLIST_CONFIRMED");
	}

	private String add(String title) {
		var created = http.post("/api/backlog/products/" + product + "/items", owner,
				"{\"type\":\"STORY\",\"title\":\"%s\"}".formatted(title));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	/** The whole history, oldest first: the pages come newest first. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> history(String item) {
		var content = new java.util.ArrayList<>((List<Map<String, Object>>) http
			.getJson("/api/backlog/items/" + item + "/history?size=500", owner).get("content"));
		java.util.Collections.reverse(content);
		return content;
	}

}
