package org.refinery.alignment.summary;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.BacklogEvents;
import org.refinery.alignment.Fixtures;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemState;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/**
 * Item events build the read model, a link is stated over HTTP, and the summary follows the
 * backlog: an item removed in backlog-service leaves the figures within one consume cycle.
 */
@ServiceTest
class ProductSummaryIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	AlignmentClient http;

	BacklogEvents backlog;

	String product;

	UUID productId;

	@BeforeEach
	void setUp() {
		http = new AlignmentClient(port);
		backlog = new BacklogEvents(kafka);
		product = Fixtures.uniqueKey("S");
		productId = UUID.randomUUID();
	}

	@Test
	void theSummaryFollowsBacklogEventsAndLinks() {
		backlog.send(BacklogEvents.productCreated(productId, product));
		ItemState first = item("1", "a", "8");
		ItemState second = item("2", "b", null);
		ItemState third = item("3", "c", "2");
		List.of(first, second, third).forEach(item -> backlog.send(BacklogEvents.created(item)));
		await().atMost(Duration.ofSeconds(30)).until(() -> itemRows() == 3 && productKnown());
		var fixtures = new Fixtures(jdbc);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow", "ACTIVE", null);
		UUID theme = fixtures.goal("THEME", objective, null, null, "Payments " + product, "ACTIVE", new BigDecimal("0.5"));
		UUID goal = fixtures.goal("PRODUCT_GOAL", theme, productId, product, "Checkout", "ACTIVE", null);
		fixtures.goal("PRODUCT_GOAL", theme, productId, product, "Wallets", "ACTIVE", null);
		String pia = tokens.pia().mint();
		body(http.post("/api/alignment/links", pia, """
				{"itemId":"%s","goalId":"%s","rationale":"Checkout is the goal"}""".formatted(first.id(), goal)), 201);

		Map<?, ?> summary = summary(pia, "");
		assertThat(overall(summary)).containsEntry("items", 3).containsEntry("alignedItems", 1)
			.containsEntry("byCount", 0.3333).containsEntry("effort", 15).containsEntry("byEffort", 0.5333);
		assertThat(summary.get("medianEstimate")).isEqualTo(5);
		assertThat(summary.get("unaligned")).asString().contains(product + "-2").doesNotContain(product + "-1,");
		assertThat(summary.get("goalsWithoutWork")).asString().contains("Wallets").doesNotContain("Checkout");
		assertThat(summary.get("investment")).asString().contains("Payments " + product);

		backlog.send(BacklogEvents.removed(BacklogEvents.at(first, 2, first.estimate(), ItemStatus.REMOVED),
				ItemStatus.DRAFT));
		await().atMost(Duration.ofSeconds(30)).until(() -> overall(summary(pia, "")).get("items").equals(2));
		assertThat(overall(summary(pia, ""))).containsEntry("alignedItems", 0);
		// The top open item is now the unestimated one; the median left is that of the 2-point item.
		assertThat(overall(summary(pia, "?scope=top&n=1"))).containsEntry("items", 1).containsEntry("effort", 2);
	}

	/**
	 * Another replica consumed a change: it wrote the read model and sent its notice in one
	 * transaction (here one statement, standing for it). This replica's kept summary must not
	 * outlive that commit, although no event or request of this replica told it anything.
	 */
	@Test
	void aChangeAnotherReplicaCommittedIsServedHereWithinTwoSeconds() {
		backlog.send(BacklogEvents.productCreated(productId, product));
		ItemState kept = item("1", "a", "3");
		ItemState removedElsewhere = item("2", "b", "5");
		List.of(kept, removedElsewhere).forEach(item -> backlog.send(BacklogEvents.created(item)));
		await().atMost(Duration.ofSeconds(30)).until(() -> itemRows() == 2 && productKnown());
		String pia = tokens.pia().mint();
		await().atMost(Duration.ofSeconds(30)).until(() -> overall(summary(pia, "")).get("items").equals(2));

		jdbc.sql("""
				with gone as (delete from backlog_item where id = :id returning product_key)
				select pg_notify(:channel, 'another-replica ' || product_key) from gone""")
			.param("id", removedElsewhere.id())
			.param("channel", "alignment_summaries")
			.query()
			.listOfRows();

		await().atMost(Duration.ofSeconds(2)).until(() -> overall(summary(pia, "")).get("items").equals(1));
	}

	@Test
	void aProductOwnerSeesOnlyTheSummariesOfHisProducts() {
		backlog.send(BacklogEvents.productCreated(productId, product));
		await().atMost(Duration.ofSeconds(30)).until(this::productKnown);
		String owner = tokens.forUser("olga").realmRoles("product-owner").products(product).mint();

		assertThat(http.get(path(""), owner).getStatusCode().value()).isEqualTo(200);
		assertThat(http.get(path(""), tokens.ada().mint()).getStatusCode().value()).isEqualTo(200);
		assertProblem(http.get(path(""), tokens.paul().mint()), 404, "No product " + product + " is visible to you");
		assertProblem(http.get("/api/alignment/products/NOPE/summary", tokens.pia().mint()), 404, null);
	}

	/** 590 points stripped of trailing zeros are 5.9E+2 to a BigDecimal: valid JSON many people misread. */
	@Test
	void effortIsWrittenInPlainDigitsNeverInENotation() {
		backlog.send(BacklogEvents.productCreated(productId, product));
		backlog.send(BacklogEvents.created(item("1", "a", "590.0")));
		await().atMost(Duration.ofSeconds(30)).until(() -> itemRows() == 1 && productKnown());
		String pia = tokens.pia().mint();

		String summary = http.get(path(""), pia).getBody();

		assertThat(summary).containsPattern("\"effort\":590[,}]").containsPattern("\"medianEstimate\":590[,}]").doesNotContain("E+");
	}

	@Test
	void theScopeMustBeOpenOrTopWithAPositiveSize() {
		String pia = tokens.pia().mint();
		assertProblem(http.get(path("?scope=all"), pia), 400, "scope must be one of open, top");
		assertProblem(http.get(path("?scope=top&n=0"), pia), 400, "n must be greater than or equal to 1");
	}

	private ItemState item(String number, String rank, String estimate) {
		return BacklogEvents.item(UUID.randomUUID(), productId, product, product + "-" + number, "T1",
				estimate == null ? null : new BigDecimal(estimate), rank, ItemStatus.DRAFT, 1);
	}

	private Map<?, ?> summary(String token, String query) {
		return body(http.get(path(query), token), 200);
	}

	private String path(String query) {
		return "/api/alignment/products/" + product + "/summary" + query;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> overall(Map<?, ?> summary) {
		return (Map<String, Object>) summary.get("overall");
	}

	private long itemRows() {
		return jdbc.sql("select count(*) from backlog_item where product_key = :key").param("key", product)
			.query(Long.class).single();
	}

	private boolean productKnown() {
		return jdbc.sql("select count(*) from product where key = :key").param("key", product).query(Long.class)
			.single() == 1;
	}

}
