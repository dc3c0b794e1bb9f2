package org.refinery.backlog.imports;

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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports over HTTP on real PostgreSQL and Kafka: a preview that writes nothing, an apply whose
 * items are announced through the outbox, a re-import that changes nothing, an updated file that
 * updates only what changed and reports what went missing, row errors beside good rows, a file
 * refused as a whole, and who may import.
 */
@ServiceTest
class ImportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	ImportClient imports;

	String owner = tokens.paul().mint();

	String product;

	String mapping;

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		imports = new ImportClient(port, owner);
		product = newProduct("I");
		mapping = "{\"teams\":{\"Checkout\":\"%s-CHECKOUT\",\"Ledger\":\"%s-LEDGER\"}}".formatted(product, product);
	}

	@Test
	void aPreviewAnswersEveryRowWithItsLinksAndWritesNothingToTheBacklog() {
		JsonNode job = imports.run(product, "format=jira-csv&dryRun=true", "issues.csv", resource("jira-issues.csv"),
				mapping);

		assertThat(job.path("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.path("dryRun").asBoolean()).isTrue();
		assertThat(counts(job)).containsExactly(3L, 3L, 0L, 0L, 0L, 0L);
		assertThat(job.path("rows").path("content").findValuesAsString("action")).containsExactly("CREATED",
				"CREATED", "CREATED");
		JsonNode story = job.path("rows").path("content").get(1);
		assertThat(story.path("line").asLong()).isEqualTo(3);
		assertThat(story.path("externalKey").asString()).isEqualTo("SHOP-2");
		assertThat(story.path("blocks").values()).extracting(JsonNode::asString).containsExactly("SHOP-3", "SHOP-4");
		assertThat(itemCount()).isZero();
		assertThat(jdbc.sql("select count(*) from item_external_reference r join product p on p.id = r.product_id "
				+ "where p.key = :key").param("key", product).query(Long.class).single()).isZero();
	}

	@Test
	void anAppliedImportMakesItemsWithParentsAndEventsAndTheSameFileAgainChangesNothing() {
		JsonNode applied = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);

		assertThat(counts(applied)).containsExactly(3L, 3L, 0L, 0L, 0L, 0L);
		Map<String, Object> story = item("Pay by card, quickly");
		assertThat(story).containsEntry("type", "STORY").containsEntry("status", "IN_PROGRESS")
			.containsEntry("team_key", product + "-CHECKOUT")
			.containsEntry("description", "First line\nsecond line with \"quotes\"");
		assertThat(story.get("parent_id")).isEqualTo(item("Checkout revamp").get("id"));
		assertThat(item("Refund flow")).containsEntry("type", "DEFECT").containsEntry("status", "DONE");
		assertThat(createdEvents()).isEqualTo(3);

		JsonNode again = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);

		assertThat(counts(again)).containsExactly(3L, 0L, 0L, 3L, 0L, 0L);
		assertThat(itemCount()).isEqualTo(3);
		assertThat(createdEvents()).isEqualTo(3);
	}

	@Test
	void anUpdatedFileUpdatesWhatChangedAndReportsWhatIsNoLongerInIt() {
		imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);
		String updated = new String(resource("jira-issues.csv"), StandardCharsets.UTF_8)
			.replace("Pay by card, quickly", "Pay by card in one tap")
			.replaceAll("(?m)^Refund flow.*\r\n", "");

		JsonNode job = imports.run(product, "format=jira-csv", "issues.csv", updated.getBytes(StandardCharsets.UTF_8),
				mapping);

		assertThat(counts(job)).containsExactly(2L, 0L, 1L, 1L, 0L, 1L);
		JsonNode rows = job.path("rows").path("content");
		assertThat(rows.get(0).path("action").asString()).isEqualTo("MISSING");
		assertThat(rows.get(0).path("externalKey").asString()).isEqualTo("SHOP-3");
		assertThat(rows.get(2).path("action").asString()).isEqualTo("UPDATED");
		assertThat(rows.get(2).path("reason").asString()).isEqualTo("changed: text");
		assertThat(itemCount()).isEqualTo(3);
		assertThat(item("Pay by card in one tap")).containsEntry("version", 2L);
	}

	@Test
	void badRowsAreAnsweredBesideTheGoodOnesWhichAreImported() {
		String csv = """
				Issue key,Issue Type,Summary,Status,Component/s
				A-1,Story,Fine,To Do,Checkout
				A-2,Saga,Unknown type,To Do,
				A-3,Story,Unknown status,Parked,
				A-1,Story,Repeated key,To Do,
				A-4,Story,Unknown team,To Do,Marketing
				""";

		JsonNode job = imports.run(product, "format=jira-csv", "rows.csv", csv.getBytes(StandardCharsets.UTF_8), mapping);

		assertThat(counts(job)).containsExactly(5L, 1L, 0L, 0L, 4L, 0L);
		assertThat(job.path("rows").path("content").findValuesAsString("reason")).satisfiesExactly(
				reason -> assertThat(reason).isEmpty(), reason -> assertThat(reason).startsWith("type 'Saga' is not mapped"),
				reason -> assertThat(reason).startsWith("status 'Parked' is not mapped"),
				reason -> assertThat(reason).isEqualTo("repeats key A-1 of line 2; only that row is imported"),
				reason -> assertThat(reason).startsWith("team 'Marketing' is no team"));
		assertThat(itemCount()).isEqualTo(1);
	}

	@Test
	void aFileWithoutRequiredColumnsIsRefusedWith422NamingThemAndNoJobIsStarted() {
		ResponseEntity<String> refused = imports.raw(product, "format=jira-csv", "Summary,Status\nOne,To Do\n");

		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(refused.getBody()).contains("\"pointer\":\"#/file/columns/Issue key\"")
			.contains("\"pointer\":\"#/file/columns/Issue Type\"")
			.contains("\"rule\":\"is a required column\"");
		assertThat(imports.get("/api/backlog/products/" + product + "/imports").getBody())
			.contains("\"totalElements\":0");
	}

	@Test
	void anUnknownFormatIsA400NamingTheParameter() {
		ResponseEntity<String> refused = imports.raw(product, "format=xlsx", "x");

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).contains("\"pointer\":\"#/query/format\"").contains("jira-csv, jira-json");
	}

	@Test
	void onlyTheProductsOwnersImportAndReadImports() {
		http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/tess", owner,
				"{\"roles\":[{\"role\":\"VIEWER\"}]}", Map.of());
		var tess = new ImportClient(port, tokens.tess().mint());
		var vic = new ImportClient(port, tokens.vic().mint());

		assertThat(tess.raw(product, "format=jira-csv", "Issue key\n").getStatusCode().value()).isEqualTo(403);
		assertThat(tess.get("/api/backlog/products/" + product + "/imports").getStatusCode().value()).isEqualTo(403);
		assertThat(vic.raw(product, "format=jira-csv", "Issue key\n").getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void theListShowsTheProductsImportsLatestFirstPagedLikeEveryList() {
		imports.run(product, "format=jira-csv&dryRun=true", "first.csv", resource("jira-issues.csv"), mapping);
		imports.run(product, "format=jira-csv&dryRun=true", "second.csv", resource("jira-issues.csv"), mapping);

		JsonNode page = ImportClient.JSON
			.readTree(imports.get("/api/backlog/products/" + product + "/imports?size=1").getBody());

		assertThat(page.path("totalElements").asLong()).isEqualTo(2);
		assertThat(page.path("content").get(0).path("fileName").asString()).isEqualTo("second.csv");
		assertThat(page.path("content").get(0).path("counts").path("created").asLong()).isEqualTo(3);
	}

	@Test
	void anExportImportedIntoAnotherProductGivesAnEqualBacklogAndIntoItsOwnProductChangesNothing() {
		imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);
		String removed = http.post("/api/backlog/products/" + product + "/items", owner, """
				{"type":"ENABLER","title":"Dropped","acceptanceCriteria":["Pays | refunds","back\\\\slash"],
				 "estimate":3}""").getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
		ok(http.exchangeWith("DELETE", "/api/backlog/items/" + removed + "?reason=Out of scope", owner, null, Map.of()));
		byte[] export = http.get("/api/backlog/products/" + product + "/export?format=json", owner)
			.getBody()
			.getBytes(StandardCharsets.UTF_8);
		String copy = newProduct("R");
		String teams = "{\"teams\":{\"%s-CHECKOUT\":\"%s-CHECKOUT\",\"%s-LEDGER\":\"%s-LEDGER\"}}".formatted(product,
				copy, product, copy);

		JsonNode job = imports.run(copy, "format=refinery-json", "export.json", export, teams);

		assertThat(counts(job)).containsExactly(4L, 4L, 0L, 0L, 0L, 0L);
		assertThat(backlog(copy)).isEqualTo(backlog(product).stream()
			.map(item -> item.replace(product + "-", copy + "-"))
			.toList());
		JsonNode own = imports.run(product, "format=refinery-json", "export.json", export, null);
		assertThat(counts(own)).containsExactly(4L, 0L, 0L, 4L, 0L, 0L);
	}

	@Test
	void aJobCutOffByAStopIsReportedInterruptedAndTheSameFileAgainFinishesItWithoutDuplicates() {
		StringBuilder full = new StringBuilder("Issue key,Issue Type,Summary,Status\n");
		StringBuilder firstPart = new StringBuilder(full);
		for (int i = 1; i <= 1_200; i++) {
			String line = "R-%d,Story,Row %d,To Do\n".formatted(i, i);
			full.append(line);
			if (i <= 700) {
				firstPart.append(line);
			}
		}
		imports.run(product, "format=jira-csv", "rows.csv", firstPart.toString().getBytes(StandardCharsets.UTF_8), null);
		UUID cutOff = UUID.randomUUID();
		jdbc.sql("insert into item_import (id, product_id, format, dry_run, status, started_by, started_at, updated_at, "
				+ "row_count, created) select :id, id, 'JIRA_CSV', false, 'RUNNING', 'paul', now() - interval '10 minutes', "
				+ "now() - interval '9 minutes', 700, 700 from product where key = :key")
			.param("id", cutOff)
			.param("key", product)
			.update();

		JsonNode interrupted = ImportClient.JSON
			.readTree(imports.get("/api/backlog/products/" + product + "/imports/" + cutOff).getBody());
		JsonNode finished = imports.run(product, "format=jira-csv", "rows.csv",
				full.toString().getBytes(StandardCharsets.UTF_8), null);

		assertThat(interrupted.path("status").asString()).isEqualTo("INTERRUPTED");
		assertThat(interrupted.path("failure").asString()).contains("send the same file again");
		assertThat(counts(finished)).containsExactly(1_200L, 500L, 0L, 700L, 0L, 0L);
		assertThat(itemCount()).isEqualTo(1_200);
		assertThat(jdbc.sql("select count(distinct title) from item i join product p on p.id = i.product_id "
				+ "where p.key = :key").param("key", product).query(Long.class).single()).isEqualTo(1_200);
	}

	/** Every item of a product as its export states it, without ids, times and ranks, in backlog order. */
	List<String> backlog(String key) {
		JsonNode export = ImportClient.JSON
			.readTree(http.get("/api/backlog/products/" + key + "/export?format=json", owner).getBody());
		List<String> items = new ArrayList<>();
		for (JsonNode item : export.path("items").values()) {
			items.add(String.join("|", item.path("position").asString(), item.path("key").asString(),
					item.path("type").asString(), item.path("title").asString(), item.path("description").asString(),
					item.path("acceptanceCriteria").toString(), item.path("status").asString(),
					item.path("removedReason").asString(), item.path("teamKey").asString(),
					item.path("contributingTeamKeys").toString(), item.path("parentKey").asString(),
					item.path("estimate").asString()));
		}
		return items;
	}

	String newProduct(String prefix) {
		String key = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		ok(http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Imports","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(key)));
		for (String team : List.of("CHECKOUT", "LEDGER")) {
			ok(http.post("/api/backlog/products/" + key + "/teams", owner,
					"{\"key\":\"%s-%s\",\"name\":\"%s\",\"workMode\":\"SCRUM\"}".formatted(key, team, team)));
		}
		return key;
	}

	long itemCount() {
		return jdbc.sql("select count(*) from item i join product p on p.id = i.product_id where p.key = :key")
			.param("key", product)
			.query(Long.class)
			.single();
	}

	Map<String, Object> item(String title) {
		return jdbc.sql("select i.* from item i join product p on p.id = i.product_id where p.key = :key and i.title = :title")
			.param("key", product)
			.param("title", title)
			.query()
			.singleRow();
	}

	long createdEvents() {
		return jdbc.sql("select count(*) from event_publication where event_type like '%ItemCreated' "
				+ "and serialized_event like :product")
			.param("product", "%\"" + product + "\"%")
			.query(Long.class)
			.single();
	}

	static List<Long> counts(JsonNode job) {
		JsonNode counts = job.path("counts");
		List<Long> values = new ArrayList<>();
		for (String name : List.of("rows", "created", "updated", "unchanged", "errors", "missing")) {
			values.add(counts.path(name).asLong());
		}
		return values;
	}

	static byte[] resource(String name) {
		try (InputStream in = ImportIT.class.getResourceAsStream("/imports/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<String> ok(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
		return response;
	}

}
