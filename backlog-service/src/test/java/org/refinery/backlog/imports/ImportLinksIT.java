package org.refinery.backlog.imports;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.imports.ImportState;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.refinery.contracts.imports.LinkOutcome;
import org.refinery.contracts.imports.LinkResult;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An applied import's Blocks links: sent to dependency-service once per pair through the outbox,
 * answered on their rows at once when an end is no imported item, and settled on every row that
 * names them when dependency-service's answer arrives (here sent as dependency-service would).
 * On real PostgreSQL and Kafka.
 */
@ServiceTest
class ImportLinksIT extends ImportFixture {

	static final String CYCLE = "This BLOCKS dependency would close a cycle: I-3 (I-LEDGER) needs I-2 (I-CHECKOUT) "
			+ "needs I-3 (I-LEDGER)";

	@Autowired
	KafkaTemplate<String, RefineryEvent> events;

	@Test
	void anAppliedImportSendsEachLinkOnceAndAnswersALinkToNoImportedItemOnItsRow() {
		JsonNode job = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);

		assertThat(links(job, "SHOP-2")).containsExactly("SHOP-2>SHOP-3 PENDING null",
				"SHOP-2>SHOP-4 UNRESOLVED SHOP-4 is no item imported from jira (not in the file, or its row is an error)");
		assertThat(links(job, "SHOP-3")).containsExactly("SHOP-2>SHOP-3 PENDING null");
		assertThat(job.path("links").path("pending").asLong()).isEqualTo(1);
		assertThat(job.path("links").path("unresolved").asLong()).isEqualTo(1);
		List<String> sent = sent(job);
		assertThat(sent).hasSize(1);
		assertThat(sent.getFirst()).contains("\"prerequisiteKey\":\"SHOP-2\"", "\"dependentKey\":\"SHOP-3\"",
				"\"prerequisiteItemId\":\"" + item("Pay by card, quickly").get("id") + "\"",
				"\"dependentItemId\":\"" + item("Refund flow").get("id") + "\"", "\"username\":\"paul\"",
				"\"system\":\"jira\"").doesNotContain("SHOP-4");
	}

	@Test
	void dependencyServicesAnswerSettlesTheLinkOnEveryRowThatNamesItAndARepeatedAnswerChangesNothing() {
		JsonNode job = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);
		UUID id = UUID.fromString(job.path("id").asString());

		answer(id, new LinkOutcome("SHOP-2", "SHOP-3", LinkResult.REFUSED, CYCLE, null));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> links(read(id), "SHOP-3").equals(List.of("SHOP-2>SHOP-3 REFUSED " + CYCLE)));
		JsonNode settled = read(id);
		assertThat(links(settled, "SHOP-2")).first().isEqualTo("SHOP-2>SHOP-3 REFUSED " + CYCLE);
		assertThat(settled.path("links").path("refused").asLong()).isEqualTo(1);
		assertThat(settled.path("links").path("pending").asLong()).isZero();

		answer(id, new LinkOutcome("SHOP-2", "SHOP-3", LinkResult.CREATED, null, UUID.randomUUID()));
		markerAnswered(id);
		assertThat(links(read(id), "SHOP-3")).containsExactly("SHOP-2>SHOP-3 REFUSED " + CYCLE);
	}

	@Test
	void aPreviewSendsNoLinks() {
		JsonNode job = imports.run(product, "format=jira-csv&dryRun=true", "issues.csv", resource("jira-issues.csv"),
				mapping);

		assertThat(links(job, "SHOP-2")).isEmpty();
		assertThat(job.path("links").path("pending").asLong()).isZero();
		assertThat(sent(job)).isEmpty();
	}

	@Test
	void theSameFileAgainSendsItsLinksAgainForDependencyServiceToAnswerExisting() {
		JsonNode first = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);
		JsonNode again = imports.run(product, "format=jira-csv", "issues.csv", resource("jira-issues.csv"), mapping);
		UUID id = UUID.fromString(again.path("id").asString());

		assertThat(sent(first)).hasSize(1);
		assertThat(sent(again)).hasSize(1);
		answer(id, new LinkOutcome("SHOP-2", "SHOP-3", LinkResult.EXISTING, null, UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> links(read(id), "SHOP-2").getFirst().startsWith("SHOP-2>SHOP-3 EXISTING"));
		assertThat(read(id).path("links").path("existing").asLong()).isEqualTo(1);
	}

	private JsonNode read(UUID id) {
		return ImportClient.JSON.readTree(imports.get("/api/backlog/products/" + product + "/imports/" + id).getBody());
	}

	/** The row's links as "prerequisite>dependent STATUS reason". */
	private static List<String> links(JsonNode job, String externalKey) {
		for (JsonNode row : job.path("rows").path("content").values()) {
			if (row.path("externalKey").asString().equals(externalKey)) {
				return row.path("links").values().stream()
					.map(link -> link.path("prerequisiteKey").asString() + ">" + link.path("dependentKey").asString()
							+ " " + link.path("status").asString() + " " + link.path("reason").asString("null"))
					.toList();
			}
		}
		throw new AssertionError("no row " + externalKey);
	}

	/** The ItemLinksImported events of the job in the outbox. */
	private List<String> sent(JsonNode job) {
		return jdbc.sql("select serialized_event from event_publication where event_type like '%ItemLinksImported' "
				+ "and serialized_event like :job")
			.param("job", "%" + job.path("id").asString() + "%")
			.query(String.class)
			.list();
	}

	private void answer(UUID importId, LinkOutcome outcome) {
		var job = new ImportState(importId, UUID.fromString(product(importId)), product, "jira");
		var event = new ImportedLinksSettled(UUID.randomUUID(), Instant.now(), job.productId(), importId, 1,
				new Actor("paul-subject", "paul"), job, List.of(outcome));
		try {
			events.send(Topics.IMPORTS, importId.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
	}

	private String product(UUID importId) {
		return jdbc.sql("select product_id::text from item_import where id = :id").param("id", importId)
			.query(String.class)
			.single();
	}

	/**
	 * Waits until an answer sent after the earlier ones was recorded: answers to one job share its
	 * partition, so the earlier ones were consumed before it.
	 */
	private void markerAnswered(UUID importId) {
		jdbc.sql("insert into item_import_link (import_id, line, prerequisite_key, dependent_key, status) "
				+ "values (:id, 999, 'MARK-1', 'MARK-2', 'PENDING')").param("id", importId).update();
		answer(importId, new LinkOutcome("MARK-1", "MARK-2", LinkResult.CREATED, null, UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select status from item_import_link "
				+ "where import_id = :id and line = 999").param("id", importId).query(String.class).single()
			.equals("CREATED"));
	}

}
