package org.refinery.backlog.product;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of a product's settings is in its history (who, when, which setting, old and new),
 * read a page at a time; a change that changes nothing is in neither the version nor the history.
 * Over HTTP on real PostgreSQL.
 */
@ServiceTest
class ProductHistoryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	@BeforeEach
	void aProduct() {
		http = ServiceClient.onPort(port);
		product = "S" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Settings","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
	}

	@Test
	void eachChangedSettingIsInTheHistoryNewestFirstAPageAtATime() {
		assertThat(patch("{\"name\":\"Settings EU\",\"sprintLengthDays\":10}", "1").getHeaders().getETag())
			.isEqualTo("\"2\"");
		assertThat(patch("{\"firstPeriodStart\":\"2026-02-02\"}", "2").getHeaders().getETag()).isEqualTo("\"3\"");

		Map<String, Object> first = json(history() + "?page=0&size=2");
		Map<String, Object> second = json(history() + "?page=1&size=2");

		assertThat(first).containsEntry("totalElements", 3).containsEntry("page", 0).containsEntry("size", 2);
		assertThat(entries(first)).extracting(entry -> entry.get("version") + " " + entry.get("field"))
			.containsExactly("3 firstPeriodStart", "2 name");
		assertThat(entries(first).get(0)).containsEntry("oldValue", "2026-01-05").containsEntry("newValue", "2026-02-02")
			.containsEntry("actor", "paul").containsKey("changedAt");
		assertThat(entries(second)).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("field", "sprintLengthDays")
				.containsEntry("oldValue", "14")
				.containsEntry("newValue", "10"));
	}

	@Test
	void aChangeThatChangesNothingKeepsTheVersionAndLeavesNoHistory() {
		patch("{\"sprintLengthDays\":10}", "1");

		var same = patch("{\"name\":\"Settings\",\"sprintLengthDays\":10,\"deliveryMode\":\"SCALED_SCRUM\"}", "2");

		assertThat(same.getStatusCode().value()).as(same.getBody()).isEqualTo(200);
		assertThat(same.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(json("/api/backlog/products/" + product)).containsEntry("version", 2);
		assertThat(json(history())).containsEntry("totalElements", 1);
	}

	@Test
	void theDefinitionOfReadyKeepsItsOwnHistoryApart() {
		http.exchangeWith("PUT", "/api/backlog/products/" + product + "/definition-of-ready", owner,
				"{\"rules\":[\"ESTIMATED\"]}", Map.of());

		assertThat(json(history())).containsEntry("totalElements", 0);
	}

	@Test
	void whoCannotSeeTheProductGets404AndABadPageIsNamedByItsParameter() {
		assertThat(http.get(history(), tokens.nora().mint()).getStatusCode().value()).isEqualTo(404);

		var tooLarge = http.get(history() + "?size=501", owner);

		assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
		assertThat(tooLarge.getBody()).contains("size");
	}

	private ResponseEntity<String> patch(String body, String version) {
		var changed = http.exchangeWith("PATCH", "/api/backlog/products/" + product, owner, body,
				Map.of("If-Match", "\"" + version + "\""));
		assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
		return changed;
	}

	private String history() {
		return "/api/backlog/products/" + product + "/history";
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> json(String uri) {
		return (Map<String, Object>) http.getJson(uri, owner);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("content");
	}

}
