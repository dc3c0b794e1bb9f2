package org.refinery.backlog.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product's backlog exported over HTTP on real PostgreSQL: every field of every kind of item, in
 * backlog order, as CSV and as JSON; who may export; and a refused format.
 */
@ServiceTest
class BacklogExportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final JsonMapper mapper = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String owner = tokens.paul().mint();

	String product;

	String checkout;

	String ledger;

	String epic;

	String story;

	String fixed;

	String dropped;

	@BeforeEach
	void aProductWithTeamsADefinitionOfReadyAndItemsOfEveryKind() {
		http = ServiceClient.onPort(port);
		product = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		checkout = product + "-CHECKOUT";
		ledger = product + "-LEDGER";
		ok(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Payments","vision":"Pay, quickly","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"2026-01-05"}""".formatted(product)));
		for (String team : List.of(ledger, checkout)) {
			ok(http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"Team %s\",\"workMode\":\"SCRUM\"}".formatted(team, team)));
		}
		ok(http.exchangeWith("PUT", "/api/backlog/products/" + product + "/definition-of-ready", owner, """
				{"rules":["TEAM_ASSIGNED","ESTIMATE_WITHIN_LIMIT"],"maxEstimate":13,
				 "checklist":[{"code":"ux-reviewed","text":"Has UX reviewed it?"}]}""", Map.of()));
		epic = add("""
				{"type":"EPIC","title":"=HYPERLINK(\\"http://evil\\")","description":"Line one\\nline, \\"two\\"",
				 "acceptanceCriteria":["Pays | refunds","back\\\\slash"],"estimate":8,"teamKey":"%s",
				 "contributingTeamKeys":["%s"]}""".formatted(checkout, ledger));
		story = add("{\"type\":\"STORY\",\"title\":\"Child\",\"parentId\":\"%s\",\"teamKey\":\"%s\"}".formatted(epic,
				ledger));
		ok(http.post("/api/backlog/items/" + story + "/checks/ux-reviewed", owner, "{\"ticked\":true}"));
		fixed = add("{\"type\":\"DEFECT\",\"title\":\"Fixed\",\"estimate\":2.5,\"teamKey\":\"%s\"}".formatted(checkout));
		for (String status : List.of("IN_REFINEMENT", "READY", "PLANNED", "IN_PROGRESS")) {
			ok(http.post("/api/backlog/items/" + fixed + "/status", owner, "{\"status\":\"" + status + "\"}"));
		}
		ok(http.post("/api/backlog/items/" + fixed + "/status", owner,
				"{\"status\":\"DONE\",\"completedAt\":\"2026-03-02T10:00:00Z\"}"));
		dropped = add("{\"type\":\"ENABLER\",\"title\":\"Dropped\"}");
		ok(http.exchangeWith("DELETE", "/api/backlog/items/" + dropped + "?reason=Out of scope", owner, null,
				Map.of()));
	}

	@Test
	void theCsvHoldsEveryFieldOfEveryItemInBacklogOrderWithFormulasDefused() {
		var response = http.get(export("?format=csv"), owner);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType())
			.isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8; header=present"));
		assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"" + product
				+ "-backlog-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
		List<Map<String, String>> rows = Csv.records(response.getBody());
		assertThat(rows).extracting(row -> row.get("id")).containsExactly(epic, story, fixed, dropped);
		assertThat(rows).extracting(row -> row.get("position")).containsExactly("1", "2", "3", "4");
		assertThat(rows).extracting(row -> row.get("rank")).containsExactlyElementsOf(ranks());
		assertThat(rows.get(0)).containsEntry("key", product + "-1")
			.containsEntry("type", "EPIC")
			.containsEntry("title", "'=HYPERLINK(\"http://evil\")")
			.containsEntry("description", "Line one\nline, \"two\"")
			.containsEntry("acceptanceCriteria", "Pays \\| refunds|back\\\\slash")
			.containsEntry("status", "DRAFT")
			.containsEntry("teamKey", checkout)
			.containsEntry("contributingTeamKeys", ledger)
			.containsEntry("parentId", "")
			.containsEntry("estimate", "8")
			.containsEntry("checklist", "")
			.containsEntry("completedAt", "");
		assertThat(rows.get(1)).containsEntry("parentId", epic).containsEntry("parentKey", product + "-1")
			.containsEntry("checklist", "ux-reviewed").containsEntry("teamKey", ledger);
		assertThat(rows.get(2)).containsEntry("status", "DONE").containsEntry("estimate", "2.5")
			.containsEntry("completedAt", "2026-03-02T10:00:00Z");
		assertThat(rows.get(3)).containsEntry("status", "REMOVED").containsEntry("statusBeforeRemoval", "DRAFT")
			.containsEntry("removedReason", "Out of scope").containsEntry("teamKey", "");
		assertThat(rows).allSatisfy(row -> {
			assertThat(Instant.parse(row.get("createdAt"))).isBefore(Instant.now());
			assertThat(Instant.parse(row.get("updatedAt"))).isAfterOrEqualTo(Instant.parse(row.get("createdAt")));
		});
	}

	@Test
	void theJsonIsAVersionedDocumentWithTheProductItsTeamsItsDefinitionAndEveryItemInOrder() {
		var response = http.get(export("?format=JSON"), owner);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("application/json");
		assertThat(response.getHeaders().getFirst("Content-Disposition")).endsWith(".json\"");
		JsonNode document = mapper.readTree(response.getBody());
		assertThat(document.path("format").asString()).isEqualTo("refinery-backlog");
		assertThat(document.path("version").asInt()).isEqualTo(1);
		assertThat(Instant.parse(document.path("exportedAt").asString())).isBeforeOrEqualTo(Instant.now());
		JsonNode settings = document.path("product");
		assertThat(settings.path("key").asString()).isEqualTo(product);
		assertThat(settings.path("name").asString()).isEqualTo("Payments");
		assertThat(settings.path("vision").asString()).isEqualTo("Pay, quickly");
		assertThat(settings.path("deliveryMode").asString()).isEqualTo("SCALED_SCRUM");
		assertThat(settings.path("sprintLengthDays").asInt()).isEqualTo(14);
		assertThat(settings.path("releaseLengthDays").isNull()).isTrue();
		assertThat(settings.path("firstPeriodStart").asString()).isEqualTo("2026-01-05");
		assertThat(settings.path("definitionOfReady").toString()).isEqualTo("{\"rules\":[\"ESTIMATE_WITHIN_LIMIT\","
				+ "\"TEAM_ASSIGNED\"],\"maxEstimate\":13.0,\"checklist\":[{\"code\":\"ux-reviewed\","
				+ "\"text\":\"Has UX reviewed it?\"}]}");
		assertThat(document.path("teams")).extracting(team -> team.path("key").asString() + " " + team.path("name")
			.asString() + " " + team.path("workMode").asString())
			.containsExactly(checkout + " Team " + checkout + " SCRUM", ledger + " Team " + ledger + " SCRUM");
		JsonNode items = document.path("items");
		assertThat(items).extracting(item -> item.path("id").asString()).containsExactly(epic, story, fixed, dropped);
		assertThat(items).extracting(item -> item.path("rank").asString()).containsExactlyElementsOf(ranks());
		JsonNode first = items.get(0);
		assertThat(first.path("position").asInt()).isEqualTo(1);
		assertThat(first.path("title").asString()).as("JSON needs no formula guard").isEqualTo("=HYPERLINK(\"http://evil\")");
		assertThat(first.path("description").asString()).isEqualTo("Line one\nline, \"two\"");
		assertThat(first.path("acceptanceCriteria").toString()).isEqualTo("[\"Pays | refunds\",\"back\\\\slash\"]");
		assertThat(first.path("contributingTeamKeys").toString()).isEqualTo("[\"" + ledger + "\"]");
		assertThat(first.path("estimate").decimalValue()).isEqualByComparingTo("8");
		assertThat(first.path("parentId").isNull()).isTrue();
		JsonNode check = items.get(1).path("checklist").get(0);
		assertThat(check.path("code").asString()).isEqualTo("ux-reviewed");
		assertThat(check.path("tickedBy").asString()).isEqualTo("paul");
		assertThat(Instant.parse(check.path("tickedAt").asString())).isBeforeOrEqualTo(Instant.now());
		assertThat(items.get(1).path("parentKey").asString()).isEqualTo(product + "-1");
		assertThat(items.get(2).path("completedAt").asString()).isEqualTo("2026-03-02T10:00:00Z");
		assertThat(items.get(3).path("removedReason").asString()).isEqualTo("Out of scope");
		assertThat(items.get(3).path("statusBeforeRemoval").asString()).isEqualTo("DRAFT");
		assertThat(items).allSatisfy(item -> assertThat(item.path("createdAt").isString()).isTrue());
	}

	@Test
	void aProductTheCallerMayNotReadIsNotFoundLikeOneThatDoesNotExist() {
		String stranger = tokens.forUser("sam").realmRoles("product-owner").products("OTHER").mint();

		var invisible = http.get(export("?format=csv"), stranger);
		var unknown = http.get("/api/backlog/products/NOPE9/export", stranger);

		assertThat(invisible.getStatusCode().value()).isEqualTo(404);
		assertThat(invisible.getHeaders().getFirst("Content-Disposition")).isNull();
		assertThat(invisible.getBody()).isEqualTo(unknown.getBody().replace("NOPE9", product))
			.contains("\"title\":\"Product not found\"");
		var askingForCsv = http.exchangeWith("GET", export(""), stranger, null, Map.of("Accept", "text/csv"));
		assertThat(askingForCsv.getStatusCode().value()).isEqualTo(404);
		assertThat(askingForCsv.getHeaders().getFirst("Content-Type")).as("a refusal is a problem whatever was asked for")
			.isEqualTo("application/problem+json");
		assertThat(http.get(export(""), tokens.vic().products(product).mint()).getStatusCode().value())
			.as("a viewer of the product reads it, so exports it").isEqualTo(200);
	}

	@Test
	void anUnknownFormatIsA400NamingTheQueryParameterAndTheAllowedFormats() {
		var response = http.get(export("?format=xlsx"), owner);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("application/problem+json");
		JsonNode error = mapper.readTree(response.getBody()).path("errors").get(0);
		assertThat(error.path("pointer").asString()).isEqualTo("#/query/format");
		assertThat(error.path("value").asString()).isEqualTo("xlsx");
		assertThat(error.path("rule").asString()).isEqualTo("must be one of CSV, JSON");
	}

	@Test
	void withoutAFormatTheBacklogIsCsv() {
		var response = http.get(export(""), owner);

		assertThat(response.getHeaders().getFirst("Content-Type")).startsWith("text/csv");
		assertThat(response.getBody()).startsWith(String.join(",", BacklogCsv.COLUMNS) + "\r\n");
	}

	private List<String> ranks() {
		return jdbc.sql("select i.rank from item i join product p on p.id = i.product_id where p.key = :key "
				+ "order by i.rank").param("key", product).query(String.class).list();
	}

	private String export(String query) {
		return "/api/backlog/products/" + product + "/export" + query;
	}

	private String add(String json) {
		var response = ok(http.post("/api/backlog/products/" + product + "/items", owner, json));
		return response.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private static ResponseEntity<String> ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return response;
	}

	/** An RFC 4180 reader, small and strict, so that the test does not trust the writer's own rules. */
	static final class Csv {

		static List<Map<String, String>> records(String text) {
			List<List<String>> rows = rows(text);
			List<String> header = rows.getFirst();
			List<Map<String, String>> records = new ArrayList<>();
			for (List<String> row : rows.subList(1, rows.size())) {
				assertThat(row).hasSameSizeAs(header);
				Map<String, String> record = new java.util.LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					record.put(header.get(i), row.get(i));
				}
				records.add(record);
			}
			return records;
		}

		static List<List<String>> rows(String text) {
			List<List<String>> rows = new ArrayList<>();
			List<String> row = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						quoted = false;
					}
					else {
						field.append(c);
					}
				}
				else if (c == '"') {
					assertThat(field).as("a quote only opens a field").isEmpty();
					quoted = true;
				}
				else if (c == ',') {
					row.add(field.toString());
					field.setLength(0);
				}
				else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
					i++;
				}
				else {
					assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
					field.append(c);
				}
			}
			assertThat(quoted).isFalse();
			assertThat(row).as("the last record ends with CRLF").isEmpty();
			assertThat(field).isEmpty();
			return rows;
		}

	}

}
