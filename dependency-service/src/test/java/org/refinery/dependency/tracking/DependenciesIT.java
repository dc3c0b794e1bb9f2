package org.refinery.dependency.tracking;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifying dependencies and moving them along their life over HTTP, on real PostgreSQL. */
@ServiceTest
class DependenciesIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	String checkout;

	String ledger;

	String tess;

	String theo;

	@BeforeEach
	void aProductWithTwoTeams() {
		http = ServiceClient.onPort(port);
		product = TestItems.productKey();
		checkout = product + "-CHECKOUT";
		ledger = product + "-LEDGER";
		tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(checkout).mint();
		theo = tokens.forUser("theo").realmRoles("team-member").products(product).teams(ledger).mint();
	}

	@Test
	void aTeamMemberIdentifiesADependencyOnAnotherTeamsItemAndReadsItBack() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");

		var created = identify(tess, a, b, "BLOCKS", ",\"neededBy\":\"Sprint 7\",\"note\":\"API first\"");

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");
		Map<Object, Object> body = new java.util.HashMap<>(http.getJson(created.getHeaders().getLocation().getPath(), theo));
		assertThat(body).containsEntry("dependentItemKey", product + "-1")
			.containsEntry("prerequisiteItemKey", product + "-2")
			.containsEntry("dependentTeamKey", checkout)
			.containsEntry("prerequisiteTeamKey", ledger)
			.containsEntry("status", "IDENTIFIED")
			.containsEntry("neededBy", "Sprint 7")
			.containsEntry("note", "API first")
			.containsEntry("identifiedBy", "tess")
			.containsEntry("version", 1);
	}

	@Test
	void aProductOwnerOutsideBothTeamsMayIdentifyButAViewerMayNot() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		String owner = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		String viewer = tokens.forUser("vic").realmRoles("viewer").products(product).mint();

		assertProblem(identify(viewer, a, b, "BLOCKS", ""), 403, "Only members of");
		assertThat(identify(owner, a, b, "BLOCKS", "").getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void anItemOfAProductTheCallerCannotSeeAndAnUnknownItemGetOneAnswerNamingTheField() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		String nora = tokens.forUser("nora").realmRoles("team-member").products("SHOP").teams("SHOP-CART").mint();
		String other = TestItems.productKey();
		UUID mine = item(other, 1, other + "-X", "n");
		String outsider = tokens.forUser("nora").realmRoles("team-member").products(other).teams(other + "-X").mint();
		String detail = "The request is refused: prerequisiteItemId must be the id of an item visible to you and known here";

		var invisible = identify(outsider, mine, b, "BLOCKS", "");
		var unknown = identify(outsider, mine, UUID.randomUUID(), "BLOCKS", "");

		assertProblem(invisible, 422, "\"detail\":\"" + detail + "\"");
		assertProblem(unknown, 422, "\"detail\":\"" + detail + "\"");
		assertThat(List.of(invisible.getBody(), unknown.getBody())).allSatisfy(body -> assertThat(body)
			.contains("\"type\":\"https://refinery.dev/problems/invalid-input\"", "\"pointer\":\"/prerequisiteItemId\""));
		assertProblem(identify(nora, a, b, "BLOCKS", ""), 422, "\"pointer\":\"/dependentItemId\"");
	}

	@Test
	void unknownItemsItemsOfTwoProductsAndSelfDependenciesAreRefusedWith422() {
		UUID a = item(product, 1, checkout, "a");
		String other = TestItems.productKey();
		UUID elsewhere = item(other, 1, other + "-X", "a");
		String both = tokens.forUser("ada").realmRoles("refinery-admin").mint();

		assertProblem(identify(tess, a, UUID.randomUUID(), "BLOCKS", ""), 422, "visible to you and known here");
		assertProblem(identify(both, a, elsewhere, "BLOCKS", ""), 422, "must be in the same product");
		assertProblem(identify(tess, a, a, "RELATES", ""), 422, "cannot depend on itself");
	}

	@Test
	void aDependencyNamesAKnownRefinementSessionOfItsProduct() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		UUID session = session(product);

		var created = identify(tess, a, b, "BLOCKS", ",\"sessionId\":\"" + session + "\"");

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(http.getJson(created.getHeaders().getLocation().getPath(), tess).get("sessionId"))
			.isEqualTo(session.toString());
	}

	@Test
	void theListFilteredBySessionHoldsOnlyTheDependenciesIdentifiedInIt() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		UUID c = item(product, 3, ledger, "c");
		UUID session = session(product);
		var inSession = identify(tess, a, b, "BLOCKS", ",\"sessionId\":\"" + session + "\"");
		assertThat(identify(tess, a, c, "BLOCKS", "").getStatusCode().value()).isEqualTo(201);

		var listed = http.getJson("/api/dependencies?product=" + product + "&session=" + session, tess);

		assertThat(listed.get("totalElements")).isEqualTo(1);
		assertThat(((java.util.List<?>) listed.get("content"))).singleElement()
			.satisfies(dependency -> assertThat(((java.util.Map<?, ?>) dependency).get("id"))
				.isEqualTo(inSession.getHeaders().getLocation().getPath().replace("/api/dependencies/", "")));
		assertProblem(http.get("/api/dependencies?session=not-a-session", tess), 400, "session");
	}

	@Test
	void anUnknownSessionAndOneOfAnInvisibleProductGetOneAnswerAndOneOfAnotherVisibleProductIsNamed() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		String other = TestItems.productKey();
		item(other, 1, other + "-X", "a");
		UUID elsewhere = session(other);
		String both = tokens.forUser("ada").realmRoles("refinery-admin").mint();
		String detail = "\"detail\":\"The request is refused: sessionId must be the id of a refinement session "
				+ "visible to you and known here\"";

		assertProblem(identify(tess, a, b, "BLOCKS", ",\"sessionId\":\"" + UUID.randomUUID() + "\""), 422, detail);
		assertProblem(identify(both, a, b, "BLOCKS", ",\"sessionId\":\"" + elsewhere + "\""), 422,
				"refines product " + other + ", but " + product + "-1 is in " + product);
		assertProblem(identify(tess, a, b, "BLOCKS", ",\"sessionId\":\"" + elsewhere + "\""), 422, detail);
		assertThat(identify(tess, a, b, "BLOCKS", ",\"sessionId\":\"" + elsewhere + "\"").getBody())
			.contains("\"pointer\":\"/sessionId\"");
		assertThat(countOf(product)).isZero();
	}

	@Test
	void aDoneOrRemovedItemTakesPartInNoNewDependency() {
		UUID a = item(product, 1, checkout, "a");
		UUID done = item(product, 2, ledger, "b");
		UUID removed = item(product, 3, ledger, "c");
		jdbc.sql("update backlog_item set status = 'DONE' where id = :id").param("id", done).update();
		jdbc.sql("update backlog_item set status = 'REMOVED' where id = :id").param("id", removed).update();

		assertProblem(identify(tess, a, done, "BLOCKS", ""), 422, product + "-2 is DONE");
		assertProblem(identify(theo, removed, a, "RELATES", ""), 422, product + "-3 is REMOVED");
		assertThat(countOf(product)).isZero();
	}

	@Test
	void theSameOpenDependencyTwiceIsAConflict() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		identify(tess, a, b, "BLOCKS", "");

		assertProblem(identify(tess, a, b, "BLOCKS", ""), 409, "already exists");
		assertThat(identify(tess, a, b, "RELATES", "").getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void aBlockingDependencyThatClosesACycleIsRefusedWithTheCycleOfItemsAndTeams() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		UUID c = item(product, 3, checkout, "c");
		identify(tess, a, b, "BLOCKS", "");
		identify(theo, b, c, "BLOCKS", "");

		var refused = identify(tess, c, a, "BLOCKS", "");

		assertProblem(refused, 409, "would close a cycle");
		assertThat(refused.getBody()).contains("\"cycle\":[", "\"itemKey\":\"" + product + "-2\"",
				"\"teamKey\":\"" + ledger + "\"", "\"itemId\":\"" + c + "\"")
			.contains(product + "-3 (" + checkout + ") needs " + product + "-1 (" + checkout + ") needs " + product
					+ "-2 (" + ledger + ") needs " + product + "-3 (" + checkout + ")");
		assertThat(countOf(product)).isEqualTo(2);
	}

	@Test
	void relatedItemsNeverFormACycle() {
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, ledger, "b");
		identify(tess, a, b, "RELATES", "");

		assertThat(identify(tess, b, a, "BLOCKS", "").getStatusCode().value()).isEqualTo(201);
	}

	@Test
	void malformedRequestsAreAnswered400InProblemJson() {
		UUID a = item(product, 1, checkout, "a");

		assertThat(http.post("/api/dependencies", tess, "{\"dependentItemId\":\"%s\",\"type\":\"BLOCKS\"}".formatted(a))
			.getStatusCode().value()).isEqualTo(400);
		var unknownField = http.post("/api/dependencies", tess,
				"{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\",\"status\":\"RESOLVED\"}"
					.formatted(a, UUID.randomUUID()));
		assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
		assertThat(unknownField.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(identify(tess, a, UUID.randomUUID(), "DEPENDS", "").getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void thePrerequisiteTeamAcknowledgesAndAStaleVersionIsRefusedWith412() {
		String path = path(identify(tess, item(product, 1, checkout, "a"), item(product, 2, ledger, "b"), "BLOCKS", ""));

		assertProblem(http.patch(path, tess, "{\"status\":\"ACKNOWLEDGED\"}"), 403, "prerequisite team");
		var acknowledged = http.exchangeWith("PATCH", path, theo, "{\"status\":\"ACKNOWLEDGED\"}",
				Map.of("If-Match", "\"1\""));
		assertThat(acknowledged.getStatusCode().value()).isEqualTo(200);
		assertThat(acknowledged.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(acknowledged.getBody()).contains("\"statusChangedBy\":\"theo\"");

		var stale = http.exchangeWith("PATCH", path, tess, "{\"status\":\"WITHDRAWN\",\"reason\":\"x\"}",
				Map.of("If-Match", "\"1\""));
		assertProblem(stale, 412, "version 2");
		assertThat(stale.getHeaders().getETag()).isEqualTo("\"2\"");
	}

	@Test
	void anIllegalMoveNamesTheAllowedOnesAndRejectingNeedsAReason() {
		String path = path(identify(tess, item(product, 1, checkout, "a"), item(product, 2, ledger, "b"), "BLOCKS", ""));

		assertProblem(http.patch(path, theo, "{\"status\":\"REJECTED\"}"), 422, "needs a reason");
		assertThat(http.patch(path, theo, "{\"status\":\"REJECTED\",\"reason\":\"No capacity\"}").getStatusCode()
			.value()).isEqualTo(200);
		var illegal = http.patch(path, theo, "{\"status\":\"ACKNOWLEDGED\"}");
		assertProblem(illegal, 409, "cannot move from REJECTED to ACKNOWLEDGED");
		assertThat(illegal.getBody()).contains("\"allowed\":[]");
	}

	@Test
	void aDependencyOfAnInvisibleProductIsNotFound() {
		String path = path(identify(tess, item(product, 1, checkout, "a"), item(product, 2, ledger, "b"), "BLOCKS", ""));
		String nora = tokens.forUser("nora").realmRoles("team-member").products("SHOP").teams("SHOP-CART").mint();

		assertProblem(http.get(path, nora), 404, "is visible to you");
		assertProblem(http.patch(path, nora, "{\"status\":\"RESOLVED\"}"), 404, "is visible to you");
	}

	private ResponseEntity<String> identify(String token, UUID dependent, UUID prerequisite, String type,
			String extra) {
		return http.post("/api/dependencies", token, "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"%s\"%s}"
			.formatted(dependent, prerequisite, type, extra));
	}

	private static String path(ResponseEntity<String> created) {
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath();
	}

	private static void assertProblem(ResponseEntity<String> response, int status, String detail) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains(detail);
	}

	private long countOf(String productKey) {
		return jdbc.sql("select count(*) from dependency where product_key = :p").param("p", productKey)
			.query(Long.class)
			.single();
	}

	/** Seeds the session read model directly: how sessions arrive is {@code SessionReadModelIT}'s concern. */
	private UUID session(String productKey) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into refinement_session (id, product_id, title, status, version) "
				+ "values (:id, :productId, 'Refinement', 'OPEN', 1)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.update();
		return id;
	}

	/** Seeds the read model directly: how items arrive from Kafka is {@code BacklogReadModelIT}'s concern. */
	private UUID item(String productKey, int number, String team, String rank) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'READY', 3, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.param("product", productKey)
			.param("key", productKey + "-" + number)
			.param("team", team)
			.param("rank", rank)
			.update();
		return id;
	}

}
