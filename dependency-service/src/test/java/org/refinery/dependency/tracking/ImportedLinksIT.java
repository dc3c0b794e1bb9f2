package org.refinery.dependency.tracking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.imports.ImportState;
import org.refinery.contracts.imports.ImportedLink;
import org.refinery.contracts.imports.ImportedLinksSettled;
import org.refinery.contracts.imports.ItemLinksImported;
import org.refinery.contracts.imports.LinkOutcome;
import org.refinery.contracts.imports.LinkResult;
import org.refinery.dependency.TestItems;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import's Blocks links arrive on {@code refinery.imports.v1} and become BLOCKS dependencies by
 * the rules of identification; the outcome of each goes back on the same topic. On real
 * PostgreSQL and Kafka.
 */
@ServiceTest
class ImportedLinksIT {

	static final Actor PAUL = new Actor("paul-subject", "paul");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> events;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	String product;

	UUID a;

	UUID b;

	UUID c;

	@BeforeEach
	void threeItemsOfTwoTeams() {
		product = TestItems.productKey();
		a = item(1, product + "-CHECKOUT", "READY");
		b = item(2, product + "-LEDGER", "READY");
		c = item(3, product + "-CHECKOUT", "READY");
	}

	@Test
	void linksBecomeDependenciesAndTheOneThatWouldCloseACycleIsRefusedWithTheCycle() {
		UUID importId = send(link(a, b, "SHOP-1", "SHOP-2"), link(b, c, "SHOP-2", "SHOP-3"),
				link(c, a, "SHOP-3", "SHOP-1"));

		Map<String, LinkOutcome> outcomes = settled(importId, 3);

		assertThat(outcomes.get("SHOP-1>SHOP-2").result()).isEqualTo(LinkResult.CREATED);
		assertThat(outcomes.get("SHOP-2>SHOP-3").result()).isEqualTo(LinkResult.CREATED);
		assertThat(outcomes.get("SHOP-3>SHOP-1").result()).isEqualTo(LinkResult.REFUSED);
		assertThat(outcomes.get("SHOP-3>SHOP-1").reason()).startsWith("This BLOCKS dependency would close a cycle")
			.contains(product + "-1", product + "-2", product + "-3");
		assertThat(outcomes.get("SHOP-3>SHOP-1").dependencyId()).isNull();
		var created = jdbc.sql("select prerequisite_item_id, dependent_item_id, identified_by, note, status from dependency "
				+ "where id = :id").param("id", outcomes.get("SHOP-1>SHOP-2").dependencyId()).query().singleRow();
		assertThat(created).containsEntry("prerequisite_item_id", a)
			.containsEntry("dependent_item_id", b)
			.containsEntry("identified_by", "paul")
			.containsEntry("status", "IDENTIFIED")
			.containsEntry("note", "Imported from jira: SHOP-1 blocks SHOP-2");
		assertThat(dependencies()).isEqualTo(2);
	}

	@Test
	void theSameLinksImportedAgainAreExistingAndDuplicateNothingEvenAfterTheDependencyWasResolved() {
		UUID first = send(link(a, b, "SHOP-1", "SHOP-2"));
		UUID dependency = settled(first, 1).get("SHOP-1>SHOP-2").dependencyId();
		jdbc.sql("update dependency set status = 'RESOLVED' where id = :id").param("id", dependency).update();

		UUID again = send(link(a, b, "SHOP-1", "SHOP-2"), link(b, c, "SHOP-2", "SHOP-3"));
		Map<String, LinkOutcome> outcomes = settled(again, 2);

		assertThat(outcomes.get("SHOP-1>SHOP-2").result()).isEqualTo(LinkResult.EXISTING);
		assertThat(outcomes.get("SHOP-1>SHOP-2").dependencyId()).isEqualTo(dependency);
		assertThat(outcomes.get("SHOP-2>SHOP-3").result()).isEqualTo(LinkResult.CREATED);
		assertThat(dependencies()).isEqualTo(2);
	}

	@Test
	void anOpenDependencyPeopleIdentifiedIsExistingAndFinishedItemsAreRefusedByTheRules() {
		UUID done = item(4, product + "-LEDGER", "DONE");
		UUID other = otherProductItem();
		UUID firstImport = send(link(a, b, "SHOP-1", "SHOP-2"));
		settled(firstImport, 1);
		jdbc.sql("delete from imported_link where import_id = :id").param("id", firstImport).update();

		UUID importId = send(link(a, b, "SHOP-1", "SHOP-2"), link(done, c, "SHOP-4", "SHOP-3"),
				link(other, c, "OTHER-1", "SHOP-3"));
		Map<String, LinkOutcome> outcomes = settled(importId, 3);

		assertThat(outcomes.get("SHOP-1>SHOP-2").result()).isEqualTo(LinkResult.EXISTING);
		assertThat(outcomes.get("SHOP-4>SHOP-3").result()).isEqualTo(LinkResult.REFUSED);
		assertThat(outcomes.get("SHOP-4>SHOP-3").reason()).isEqualTo(product + "-4 is DONE; dependencies are identified "
				+ "between unfinished items");
		assertThat(outcomes.get("OTHER-1>SHOP-3").result()).isEqualTo(LinkResult.REFUSED);
		assertThat(outcomes.get("OTHER-1>SHOP-3").reason()).isEqualTo("an item of this link is in no product the "
				+ "importer may see");
		assertThat(dependencies()).isEqualTo(1);
	}

	@Test
	void aLinkWhoseItemHasNotArrivedWaitsAndIsDecidedOnceItDoes() throws InterruptedException {
		UUID late = UUID.randomUUID();
		UUID importId = send(link(a, late, "SHOP-1", "SHOP-9"));
		await().atMost(Duration.ofSeconds(30)).until(() -> pending(importId) == 1);
		Thread.sleep(6_000); // a retry of the waiting links (every 5 s) passes: the item is still unknown
		assertThat(pending(importId)).isEqualTo(1);

		TestItems.send(events, late, TestItems.created(TestItems.state(late, product, product + "-9", product + "-LEDGER",
				"z", ItemStatus.DRAFT, 1)));

		assertThat(settled(importId, 1).get("SHOP-1>SHOP-9").result()).isEqualTo(LinkResult.CREATED);
		assertThat(pending(importId)).isZero();
	}

	private UUID send(ImportedLink... links) {
		UUID importId = UUID.randomUUID();
		var job = new ImportState(importId, TestItems.productId(product), product, "jira");
		var event = new ItemLinksImported(UUID.randomUUID(), Instant.now(), job.productId(), importId, 1, PAUL, job,
				List.of(links));
		try {
			events.send(Topics.IMPORTS, importId.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
		return importId;
	}

	private static ImportedLink link(UUID prerequisite, UUID dependent, String prerequisiteKey, String dependentKey) {
		return new ImportedLink(prerequisite, dependent, prerequisiteKey, dependentKey);
	}

	/** The outcomes answered for the import, by "prerequisite>dependent", once {@code expected} are in. */
	private Map<String, LinkOutcome> settled(UUID importId, int expected) {
		List<LinkOutcome> outcomes = new ArrayList<>();
		try (var consumer = consumers.createConsumer("settled-" + UUID.randomUUID(), null)) {
			consumer.subscribe(List.of(Topics.IMPORTS));
			Instant deadline = Instant.now().plusSeconds(45);
			while (outcomes.size() < expected && Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, RefineryEvent> record : consumer.poll(Duration.ofMillis(250))) {
					if (record.value() instanceof ImportedLinksSettled settled && settled.aggregateId().equals(importId)) {
						outcomes.addAll(settled.links());
					}
				}
			}
		}
		assertThat(outcomes).hasSize(expected);
		return outcomes.stream()
			.collect(Collectors.toMap(o -> o.prerequisiteKey() + ">" + o.dependentKey(), o -> o));
	}

	private long dependencies() {
		return jdbc.sql("select count(*) from dependency where product_key = :p").param("p", product)
			.query(Long.class)
			.single();
	}

	private long pending(UUID importId) {
		return jdbc.sql("select count(*) from imported_link where import_id = :id and result is null")
			.param("id", importId)
			.query(Long.class)
			.single();
	}

	private UUID otherProductItem() {
		String other = TestItems.productKey();
		UUID id = UUID.randomUUID();
		insert(id, other, other + "-1", other + "-X", "READY");
		return id;
	}

	/** Seeds the read model directly: how items arrive from Kafka is {@code BacklogReadModelIT}'s concern. */
	private UUID item(int number, String team, String status) {
		UUID id = UUID.randomUUID();
		insert(id, product, product + "-" + number, team, status);
		return id;
	}

	private void insert(UUID id, String productKey, String key, String team, String status) {
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, :status, 3, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.param("product", productKey)
			.param("key", key)
			.param("team", team)
			.param("rank", key)
			.param("status", status)
			.update();
	}

}
