package org.refinery.dependency;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.backlog.items.ItemStatus;
import org.refinery.contracts.dependencies.DependencyIdentified;
import org.refinery.contracts.dependencies.DependencyStatusChanged;
import org.refinery.contracts.dependencies.DependencyUpdated;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceBasics;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServiceTest
class DependencyServiceIT extends ServiceBasics {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Autowired
	KafkaTemplate<String, RefineryEvent> events;

	@Autowired
	ConsumerFactory<String, RefineryEvent> eventConsumers;

	@Override
	protected String protectedPath() {
		return "/api/dependencies";
	}

	@Override
	protected String sampleEventType() {
		return "refinery.dependencies.DependencyIdentified.v1";
	}

	@BeforeEach
	void noDependencies() {
		jdbc.sql("delete from dependency").update();
	}

	@Test
	void itemEventsFeedTheReadModelADependencyIsPublishedACycleRefusedAndADonePrerequisiteResolvesIt() {
		String product = TestItems.productKey();
		UUID checkout = UUID.randomUUID();
		UUID ledger = UUID.randomUUID();
		var ledgerItem = TestItems.state(ledger, product, product + "-2", product + "-LEDGER", "b", ItemStatus.READY, 4);
		TestItems.send(events, checkout, TestItems.created(
				TestItems.state(checkout, product, product + "-1", product + "-CHECKOUT", "a", ItemStatus.DRAFT, 1)));
		TestItems.send(events, ledger, TestItems.created(ledgerItem));
		await().atMost(Duration.ofSeconds(30)).until(() -> countItems(product) == 2);
		String tess = tokens.forUser("tess").realmRoles("team-member").products(product)
			.teams(product + "-CHECKOUT").mint();

		var identified = http().post("/api/dependencies", tess, """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"BLOCKS","neededBy":"Sprint 7"}"""
			.formatted(checkout, ledger));
		assertThat(identified.getStatusCode().value()).isEqualTo(201);
		UUID id = UUID.fromString(identified.getHeaders().getLocation().getPath().replace("/api/dependencies/", ""));
		var published = (DependencyIdentified) TestItems.published(eventConsumers, event -> event.aggregateId().equals(id));
		assertThat(published.dependency().prerequisiteTeamKey()).isEqualTo(product + "-LEDGER");
		assertThat(published.aggregateVersion()).isEqualTo(1);

		var cycle = http().post("/api/dependencies", tess, """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"BLOCKS"}""".formatted(ledger, checkout));
		assertThat(cycle.getStatusCode().value()).isEqualTo(409);
		assertThat(cycle.getBody()).contains("\"cycle\"", product + "-2", product + "-1");

		TestItems.send(events, ledger, TestItems.statusChanged(
				TestItems.state(ledger, product, product + "-2", product + "-LEDGER", "b", ItemStatus.DONE, 5),
				ItemStatus.IN_PROGRESS));
		await().atMost(Duration.ofSeconds(30)).until(() -> "RESOLVED".equals(statusOf(id)));
		var resolved = (DependencyStatusChanged) TestItems.published(eventConsumers,
				event -> event.aggregateId().equals(id) && event instanceof DependencyStatusChanged);
		assertThat(resolved.to().name()).isEqualTo("RESOLVED");
		assertThat(resolved.reason()).isEqualTo("Prerequisite " + product + "-2 is DONE");
		assertThat(resolved.aggregateVersion()).isEqualTo(2);
	}

	@Test
	void aRemovedPrerequisiteFlagsItsDependenciesAndARestoredOneClearsTheFlag() {
		String product = TestItems.productKey();
		UUID dependent = UUID.randomUUID();
		UUID prerequisite = UUID.randomUUID();
		TestItems.send(events, dependent, TestItems.created(
				TestItems.state(dependent, product, product + "-1", product + "-CHECKOUT", "a", ItemStatus.DRAFT, 1)));
		var ready = TestItems.state(prerequisite, product, product + "-2", product + "-LEDGER", "b", ItemStatus.READY, 3);
		TestItems.send(events, prerequisite, TestItems.created(ready));
		await().atMost(Duration.ofSeconds(30)).until(() -> countItems(product) == 2);
		String paul = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		var created = http().post("/api/dependencies", paul, """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"RELATES"}"""
			.formatted(dependent, prerequisite));
		String id = (String) http().getJson(created.getHeaders().getLocation().getPath(), paul).get("id");

		TestItems.send(events, prerequisite, TestItems.removed(
				TestItems.state(prerequisite, product, product + "-2", product + "-LEDGER", "b", ItemStatus.REMOVED, 4),
				ItemStatus.READY));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> Boolean.TRUE.equals(http().getJson("/api/dependencies/" + id, paul).get("prerequisiteRemoved")));
		assertThat(http().getJson("/api/dependencies/" + id, paul).get("status")).isEqualTo("IDENTIFIED");
	}

	@Test
	void anItemHandedToAnotherTeamTakesItsOpenDependenciesAlongAndThatIsPublished() {
		String product = TestItems.productKey();
		UUID dependent = UUID.randomUUID();
		UUID prerequisite = UUID.randomUUID();
		TestItems.send(events, dependent, TestItems.created(
				TestItems.state(dependent, product, product + "-1", product + "-CHECKOUT", "a", ItemStatus.DRAFT, 1)));
		TestItems.send(events, prerequisite, TestItems.created(
				TestItems.state(prerequisite, product, product + "-2", product + "-LEDGER", "b", ItemStatus.DRAFT, 1)));
		await().atMost(Duration.ofSeconds(30)).until(() -> countItems(product) == 2);
		String paul = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		var created = http().post("/api/dependencies", paul, """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"BLOCKS"}""".formatted(dependent, prerequisite));
		UUID id = UUID.fromString(created.getHeaders().getLocation().getPath().replace("/api/dependencies/", ""));

		TestItems.send(events, prerequisite, TestItems.assigned(
				TestItems.state(prerequisite, product, product + "-2", product + "-FRAUD", "b", ItemStatus.DRAFT, 2),
				product + "-LEDGER"));

		var updated = (DependencyUpdated) TestItems.published(eventConsumers,
				event -> event.aggregateId().equals(id) && event instanceof DependencyUpdated);
		assertThat(updated.changedFields()).containsExactly("prerequisiteTeamKey");
		assertThat(updated.dependency().prerequisiteTeamKey()).isEqualTo(product + "-FRAUD");
		assertThat(http().getJson("/api/dependencies/" + id, paul).get("version")).isEqualTo(2);
	}

	@Test
	void aTeamMemberSeesTheDependenciesOfHisProductsFilteredByTeam() {
		insertDependency("PAY", "PAY-CHECKOUT", "PAY-LEDGER");
		insertDependency("PAY", "PAY-FRAUD", "PAY-LEDGER");
		insertDependency("SHOP", "SHOP-CART", "SHOP-SEARCH");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY").mint();

		assertThat(productsOf(http().getJson("/api/dependencies", tess))).containsExactly("PAY", "PAY");
		assertThat(productsOf(http().getJson("/api/dependencies?team=PAY-FRAUD", tess))).hasSize(1);
		assertThat(productsOf(http().getJson("/api/dependencies?product=SHOP", tess))).isEmpty();
	}

	@Test
	void anItemsOwnDependenciesAreListedWhetherItIsTheDependentOrThePrerequisite() {
		UUID shared = UUID.randomUUID();
		insertDependency("PAY", "PAY-CHECKOUT", "PAY-LEDGER", UUID.randomUUID(), shared);
		insertDependency("PAY", "PAY-FRAUD", "PAY-LEDGER", shared, UUID.randomUUID());
		insertDependency("PAY", "PAY-FRAUD", "PAY-LEDGER");
		String pia = tokens.pia().mint();

		assertThat(productsOf(http().getJson("/api/dependencies?item=" + shared, pia))).hasSize(2);
		assertThat(http().get("/api/dependencies?item=PAY-1", pia).getStatusCode().value()).as("an id, not a key")
			.isEqualTo(400);
	}

	@Test
	void anUnknownStatusFilterIsTheCallersMistake() {
		var response = http().get("/api/dependencies?status=FORGOTTEN", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(http().get("/api/dependencies?team=checkout", tokens.pia().mint()).getStatusCode().value())
			.isEqualTo(400);
	}

	private long countItems(String product) {
		return jdbc.sql("select count(*) from backlog_item where product_key = :p").param("p", product)
			.query(Long.class)
			.single();
	}

	private String statusOf(UUID id) {
		return jdbc.sql("select status from dependency where id = :id").param("id", id).query(String.class).single();
	}

	private static List<Object> productsOf(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().<Object>map(d -> ((Map<?, ?>) d).get("productKey")).toList();
	}

	private void insertDependency(String product, String dependentTeam, String prerequisiteTeam) {
		insertDependency(product, dependentTeam, prerequisiteTeam, UUID.randomUUID(), UUID.randomUUID());
	}

	private void insertDependency(String product, String dependentTeam, String prerequisiteTeam, UUID dependent,
			UUID prerequisite) {
		jdbc.sql("insert into dependency (id, product_id, product_key, dependent_item_id, prerequisite_item_id, "
				+ "dependent_team_key, prerequisite_team_key, type, status, version) "
				+ "values (:id, :productId, :product, :dependent, :prerequisite, :dt, :pt, 'BLOCKS', 'IDENTIFIED', 1)")
			.param("id", UUID.randomUUID())
			.param("productId", TestItems.productId(product))
			.param("product", product)
			.param("dependent", dependent)
			.param("prerequisite", prerequisite)
			.param("dt", dependentTeam)
			.param("pt", prerequisiteTeam)
			.update();
	}

}
