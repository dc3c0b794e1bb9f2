package org.refinery.alignment.link;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.BacklogEvents;
import org.refinery.alignment.ContractEvents;
import org.refinery.alignment.Fixtures;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.alignment.ItemLinkedToGoal;
import org.refinery.contracts.alignment.ItemUnlinkedFromGoal;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/** Linking items to goals over HTTP, on real PostgreSQL and Kafka. */
@ServiceTest
class LinksIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String LINKS = "/api/alignment/links";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	AlignmentClient http;

	ContractEvents linkEvents;

	Fixtures fixtures;

	String product;

	UUID productId;

	UUID theme;

	UUID productGoal;

	UUID item;

	String owner;

	@BeforeEach
	void setUp() {
		http = new AlignmentClient(port);
		linkEvents = new ContractEvents(consumers, Topics.ALIGNMENT_LINKS);
		fixtures = new Fixtures(jdbc);
		product = Fixtures.uniqueKey("L");
		productId = fixtures.product(product);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow", "ACTIVE", null);
		theme = fixtures.goal("THEME", objective, null, null, "Payments", "ACTIVE", null);
		productGoal = fixtures.goal("PRODUCT_GOAL", theme, productId, product, "Checkout", "ACTIVE", null);
		item = fixtures.item(productId, product, product + "-1", "T1", BigDecimal.TWO, "READY", "m");
		owner = tokens.forUser("olga").realmRoles("product-owner").products(product).mint();
	}

	@AfterEach
	void tearDown() {
		linkEvents.close();
	}

	@Test
	void aProductOwnerLinksAnItemThenUnlinksItAndEachChangeIsPublishedOnce() {
		var linked = http.post(LINKS, owner, request(item, productGoal, null));
		UUID link = UUID.fromString((String) body(linked, 201).get("id"));

		var unlinked = http.send(HttpMethod.DELETE, LINKS + "/" + link, owner, null, null);

		assertThat(unlinked.getStatusCode().value()).isEqualTo(204);
		List<RefineryEvent> events = linkEvents.of(link, 2);
		assertThat(events).hasSize(2);
		assertThat(events.getFirst()).isInstanceOfSatisfying(ItemLinkedToGoal.class, event -> {
			assertThat(event.aggregateVersion()).isEqualTo(1);
			assertThat(event.productId()).isEqualTo(productId);
			assertThat(event.link().contributionWeight()).isEqualByComparingTo("1");
			assertThat(event.link().rationale()).isEqualTo("Serves the goal");
		});
		assertThat(events.get(1)).isInstanceOfSatisfying(ItemUnlinkedFromGoal.class, event -> {
			assertThat(event.aggregateVersion()).isEqualTo(2);
			assertThat(event.link().active()).isFalse();
		});
		assertThat(jdbc.sql("select active from goal_link where id = :id").param("id", link).query(Boolean.class)
			.single()).isFalse();
		assertProblem(http.send(HttpMethod.DELETE, LINKS + "/" + link, owner, null, null), 404,
				"No active link " + link + " is visible to you");
	}

	@Test
	void aPortfolioManagerLinksAnyItemToAThemeWithAPartialWeight() {
		var linked = http.post(LINKS, tokens.pia().mint(), request(item, theme, "0.25"));

		assertThat(body(linked, 201).get("contributionWeight")).isEqualTo(0.25);
	}

	@Test
	void aTeamMemberMayNotLinkAndNothingIsWritten() {
		String member = tokens.forUser("tim").realmRoles("team-member").products(product).teams("T1").mint();

		assertProblem(http.post(LINKS, member, request(item, productGoal, null)), 403,
				"Only product owners of " + product + " and portfolio managers link its items to goals");
		assertThat(linkCount()).isZero();
	}

	@Test
	void aTeamMemberMayNotUnlinkEitherAndTheLinkStaysActive() {
		UUID link = UUID.fromString((String) body(http.post(LINKS, owner, request(item, productGoal, null)), 201).get("id"));
		String member = tokens.forUser("tim").realmRoles("team-member").products(product).teams("T1").mint();

		assertProblem(http.send(HttpMethod.DELETE, LINKS + "/" + link, member, null, null), 403,
				"Only product owners of " + product + " and portfolio managers");
		assertThat(jdbc.sql("select active from goal_link where id = :id").param("id", link).query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anItemServesOnlyTheProductGoalsOfItsOwnProduct() {
		String other = Fixtures.uniqueKey("O");
		UUID otherId = fixtures.product(other);
		UUID otherGoal = fixtures.goal("PRODUCT_GOAL", theme, otherId, other, "Other goal", "ACTIVE", null);

		assertProblem(http.post(LINKS, tokens.pia().mint(), request(item, otherGoal, null)), 422,
				"Item " + product + "-1 belongs to " + product + ", but 'Other goal' is a product goal of " + other);
		assertThat(linkCount()).isZero();
	}

	@Test
	void unknownItemsRemovedItemsAndRepeatedLinksAreRefused() {
		UUID unknown = UUID.randomUUID();
		UUID removed = fixtures.item(productId, product, product + "-2", "T1", null, "REMOVED", "n");

		assertProblem(http.post(LINKS, owner, request(unknown, productGoal, null)), 422,
				"Item " + unknown + " is not known to alignment or not visible to you");
		assertProblem(http.post(LINKS, owner, request(removed, productGoal, null)), 422,
				"Item " + product + "-2 is removed");
		assertThat(http.post(LINKS, owner, request(item, productGoal, null)).getStatusCode().value()).isEqualTo(201);
		assertProblem(http.post(LINKS, owner, request(item, productGoal, null)), 409,
				"Item " + product + "-1 is already linked to 'Checkout'");
		assertThat(linkCount()).isEqualTo(1);
	}

	@Test
	void anItemsPanelListsTheGoalsItServesWithTheirTitleLevelAndStatusButNotRemovedLinks() {
		body(http.post(LINKS, owner, request(item, productGoal, null)), 201);
		UUID removed = UUID.fromString((String) body(http.post(LINKS, tokens.pia().mint(), request(item, theme, "0.25")),
				201).get("id"));
		http.send(HttpMethod.DELETE, LINKS + "/" + removed, owner, null, null);
		String member = tokens.forUser("tim").realmRoles("team-member").products(product).teams("T1").mint();

		var served = body(http.get(LINKS + "?itemId=" + item, member), 200);

		assertThat(served.get("itemId")).isEqualTo(item.toString());
		assertThat((List<?>) served.get("content")).singleElement().asString()
			.contains("goalId=" + productGoal, "goalTitle=Checkout", "goalLevel=PRODUCT_GOAL", "goalStatus=ACTIVE",
					"rationale=Serves the goal", "contributionWeight=1");
	}

	@Test
	void theGoalsOfAnItemInAnotherProductOrOfNoItemAreNotFoundAndAMissingItemIdIsTheCallersMistake() {
		assertProblem(http.get(LINKS + "?itemId=" + item, tokens.paul().mint()), 404,
				"Item " + item + " is not known to alignment or not visible to you");
		UUID unknown = UUID.randomUUID();
		assertProblem(http.get(LINKS + "?itemId=" + unknown, owner), 404, "Item " + unknown + " is not known");
		assertProblem(http.get(LINKS, owner), 400, "itemId");
		assertProblem(http.get(LINKS + "?itemId=nope", owner), 400, null);
	}

	@Test
	void aGoalListsTheItemsServingItWithTheirKeyTitleAndRationaleButNeitherRemovedLinksNorHiddenProducts() {
		String other = Fixtures.uniqueKey("O");
		UUID otherId = fixtures.product(other);
		UUID otherItem = fixtures.item(otherId, other, other + "-1", "T1", null, "READY", "m");
		UUID second = fixtures.item(productId, product, product + "-2", "T1", null, "READY", "n");
		String pia = tokens.pia().mint();
		body(http.post(LINKS, owner, request(item, theme, "0.5")), 201);
		body(http.post(LINKS, pia, request(otherItem, theme, null)), 201);
		UUID removed = UUID.fromString((String) body(http.post(LINKS, owner, request(second, theme, null)), 201).get("id"));
		http.send(HttpMethod.DELETE, LINKS + "/" + removed, owner, null, null);

		var serving = body(http.get("/api/alignment/goals/" + theme + "/links", owner), 200);

		assertThat(serving.get("totalElements")).isEqualTo(1);
		assertThat((List<?>) serving.get("content")).singleElement().asString()
			.contains("itemId=" + item, "itemKey=" + product + "-1", "itemTitle=" + product + "-1", "productKey=" + product,
					"rationale=Serves the goal", "contributionWeight=0.5");
		assertThat(body(http.get("/api/alignment/goals/" + theme + "/links", pia), 200).get("totalElements")).isEqualTo(2);
		UUID unknown = UUID.randomUUID();
		assertProblem(http.get("/api/alignment/goals/" + unknown + "/links", owner), 404,
				"No goal " + unknown + " is visible to you");
	}

	@Test
	void aProductOwnerOfAnotherProductDoesNotEvenSeeTheItem() {
		assertProblem(http.post(LINKS, tokens.paul().mint(), request(item, productGoal, null)), 422,
				"is not known to alignment or not visible to you");
	}

	@Test
	void malformedLinkRequestsAreTheCallersMistake() {
		assertProblem(http.post(LINKS, owner, request(item, productGoal, "1.5")), 400,
				"contributionWeight must be less than or equal to 1");
		assertProblem(http.post(LINKS, owner, "{\"itemId\":\"" + item + "\",\"goalId\":\"" + productGoal + "\"}"), 400,
				"rationale must not be blank");
		assertProblem(http.send(HttpMethod.DELETE, LINKS + "/nope", owner, null, null), 400, null);
		assertThat(linkCount()).isZero();
	}

	@Test
	void whenBacklogServiceSplitsAnItemItsGoalLinksMoveToTheParts() {
		UUID link = UUID.fromString((String) body(http.post(LINKS, owner, request(item, productGoal, "0.5")), 201)
			.get("id"));
		List<UUID> children = List.of(UUID.randomUUID(), UUID.randomUUID());
		var parent = BacklogEvents.item(item, productId, product, product + "-1", "T1", BigDecimal.TWO, "m",
				org.refinery.contracts.backlog.items.ItemStatus.READY, 2);

		new BacklogEvents(kafka).send(BacklogEvents.split(parent, children));
		await().atMost(Duration.ofSeconds(30)).until(() -> activeLinksTo(productGoal) == 2);

		assertThat(jdbc.sql("select item_id from goal_link where goal_id = :goal and active").param("goal", productGoal)
			.query(UUID.class).list()).containsExactlyInAnyOrderElementsOf(children);
		assertThat(jdbc.sql("select contribution_weight from goal_link where goal_id = :goal and active")
			.param("goal", productGoal).query(BigDecimal.class).list())
			.allSatisfy(weight -> assertThat(weight).isEqualByComparingTo("0.5"));
		assertThat(linkEvents.of(link, 2).getLast()).isInstanceOf(ItemUnlinkedFromGoal.class);
	}

	private long activeLinksTo(UUID goal) {
		return jdbc.sql("select count(*) from goal_link where goal_id = :goal and active").param("goal", goal)
			.query(Long.class).single();
	}

	private String request(UUID itemId, UUID goalId, String weight) {
		return """
				{"itemId":"%s","goalId":"%s","rationale":"Serves the goal"%s}""".formatted(itemId, goalId,
				weight == null ? "" : ",\"contributionWeight\":" + weight);
	}

	private long linkCount() {
		return jdbc.sql("select count(*) from goal_link where item_id = :item").param("item", item).query(Long.class)
			.single();
	}

}
