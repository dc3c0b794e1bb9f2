package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;
import org.refinery.test.service.ServiceTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports over HTTP on real PostgreSQL and Kafka: a preview that writes nothing, an apply whose
 * items are announced through the outbox, a re-import that changes nothing, an updated file that
 * updates only what changed and reports what went missing, the list of imports, a round trip
 * through the export, and a job cut off by a stop. Refusals are in {@link ImportRefusalsIT}.
 */
@ServiceTest
class ImportIT extends ImportFixture {

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

}
