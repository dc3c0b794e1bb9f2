package org.refinery.dependency.analysis.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Dependency metrics by product and team, as Prometheus scrapes them. */
@ServiceTest
class DependencyMetricsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	/** Prometheus scrapes the management port; the API port serves no actuator. */
	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DependencyGauges gauges;

	@Autowired
	MeterRegistry meters;

	@Test
	void openCrossTeamDependenciesConflictsAndBlockedItemsAreGaugedByProductAndTeamNeverById() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String owner = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		UUID a = item(product, 1, product + "-CHECKOUT", "a");
		UUID b = item(product, 2, product + "-LEDGER", "b");
		UUID c = item(product, 3, product + "-CHECKOUT", "c");
		identify(http, owner, a, b);
		identify(http, owner, c, a);

		gauges.refresh();

		assertThat(value("refinery.dependencies.open", product, product + "-CHECKOUT")).isEqualTo(2);
		assertThat(value("refinery.dependencies.open.cross.team", product, product + "-CHECKOUT")).isEqualTo(1);
		assertThat(meters.get("refinery.dependencies.ordering.conflicts").tag("product", product).gauge().value())
			.isEqualTo(1);
		assertThat(value("refinery.dependencies.blocked.items", product, product + "-CHECKOUT")).isEqualTo(2);
		assertThat(meters.get("refinery.dependencies.identified").tag("product", product).counter().count())
			.isEqualTo(2);
		String scrape = ServiceClient.onPort(managementPort).get("/actuator/prometheus", null).getBody();
		assertThat(scrape).contains("refinery_dependencies_open{", "product=\"" + product + "\"")
			.doesNotContain(a.toString());
	}

	@Test
	void openDependenciesAreGaugedByProductTeamAndTheAgeBucketsOfTheAnalysis() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String owner = tokens.forUser("paul").realmRoles("product-owner").products(product).mint();
		String checkout = product + "-CHECKOUT";
		UUID a = item(product, 1, checkout, "a");
		UUID b = item(product, 2, product + "-LEDGER", "b");
		UUID c = item(product, 3, checkout, "c");
		identify(http, owner, a, b);
		identify(http, owner, c, b);
		jdbc.sql("update dependency set identified_at = now() - interval '20 days' where dependent_item_id = :id")
			.param("id", c)
			.update();

		gauges.refresh();

		assertThat(aged(product, checkout, "under-14d")).isEqualTo(1);
		assertThat(aged(product, checkout, "14-30d")).isEqualTo(1);
		assertThat(meters.find("refinery.dependencies.open.aged").tag("product", product).tag("age", "over-30d").gauge())
			.isNull();
	}

	private double aged(String product, String team, String age) {
		return meters.get("refinery.dependencies.open.aged").tag("product", product).tag("team", team).tag("age", age)
			.gauge().value();
	}

	private double value(String name, String product, String team) {
		return meters.get(name).tag("product", product).tag("team", team).gauge().value();
	}

	private static void identify(ServiceClient http, String token, UUID dependent, UUID prerequisite) {
		assertThat(http.post("/api/dependencies", token, "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\"}"
			.formatted(dependent, prerequisite)).getStatusCode().value()).isEqualTo(201);
	}

	private UUID item(String productKey, int number, String team, String rank) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'DRAFT', 2, 1)")
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
