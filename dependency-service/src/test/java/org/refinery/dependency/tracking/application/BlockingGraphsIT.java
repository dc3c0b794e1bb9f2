package org.refinery.dependency.tracking.application;

import io.micrometer.core.instrument.MeterRegistry;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's blocking graph held in memory between identifications: built once, then following
 * identifications and status changes without reloading, and rebuilt when the stored graph version
 * says another writer changed the product.
 */
@ServiceTest
class BlockingGraphsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	BlockingGraphs graphs;

	ServiceClient http;

	String product;

	String tess;

	UUID a;

	UUID b;

	UUID c;

	@BeforeEach
	void threeItemsOfTwoTeams() {
		http = ServiceClient.onPort(port);
		product = TestItems.productKey();
		tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-CHECKOUT").mint();
		a = item(1, product + "-CHECKOUT");
		b = item(2, product + "-LEDGER");
		c = item(3, product + "-CHECKOUT");
	}

	@Test
	void identificationsAndStatusChangesUpdateTheHeldGraphWithoutReloadingTheProduct() {
		identify(a, b, 201);
		identify(b, c, 201);
		identify(c, a, 409);
		assertThat(rebuilds()).isEqualTo(1);
		assertThat(graphs.heldEdges(product)).isEqualTo(2);

		withdraw(dependencyOf(a, b));
		identify(c, a, 201);

		assertThat(rebuilds()).isEqualTo(1);
		assertThat(graphs.heldEdges(product)).isEqualTo(2);
		identify(a, b, 409);
	}

	@Test
	void aChangeByAnotherWriterRaisesTheStoredVersionAndTheGraphIsRebuiltBeforeTheNextCheck() {
		identify(b, c, 201);
		identify(c, a, 201);
		identify(a, b, 409);

		// As another instance would: withdraw "c needs a" and raise the version in one transaction.
		jdbc.sql("update dependency set status = 'WITHDRAWN' where id = :id").param("id", dependencyOf(c, a)).update();
		jdbc.sql("update product_graph set version = version + 1 where product_key = :p").param("p", product).update();

		identify(a, b, 201);
		assertThat(rebuilds()).isEqualTo(2);
		assertThat(graphs.heldEdges(product)).isEqualTo(2);
	}

	private void identify(UUID dependent, UUID prerequisite, int status) {
		ResponseEntity<String> response = http.post("/api/dependencies", tess,
				"{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\"}".formatted(dependent,
						prerequisite));
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
	}

	private void withdraw(UUID dependency) {
		var response = http.patch("/api/dependencies/" + dependency, tess,
				"{\"status\":\"WITHDRAWN\",\"reason\":\"Solved by a feature flag\"}");
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
	}

	private UUID dependencyOf(UUID dependent, UUID prerequisite) {
		return jdbc.sql("select id from dependency where dependent_item_id = :d and prerequisite_item_id = :p "
				+ "and status = 'IDENTIFIED'")
			.param("d", dependent)
			.param("p", prerequisite)
			.query(UUID.class)
			.single();
	}

	private double rebuilds() {
		return meters.get("refinery.dependencies.graph.rebuilds").tag("product", product).counter().count();
	}

	private UUID item(int number, String team) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'READY', 3, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(product))
			.param("product", product)
			.param("key", product + "-" + number)
			.param("team", team)
			.param("rank", "r" + number)
			.update();
		return id;
	}

}
