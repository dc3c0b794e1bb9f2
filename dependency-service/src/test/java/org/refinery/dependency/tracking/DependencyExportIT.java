package org.refinery.dependency.tracking;

import org.junit.jupiter.api.Test;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The dependency export over HTTP on real PostgreSQL: the file, who may read it, the format parameter. */
@ServiceTest
class DependencyExportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProductsDependenciesAreACsvAttachmentWithBothEndsKeysTitlesTeamsStatusAndDates() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		UUID a = item(product, 1, product + "-CHECKOUT", "Pay by card, quickly");
		UUID b = item(product, 2, product + "-LEDGER", "=Ledger API");
		String tess = tokens.forUser("tess").realmRoles("team-member").products(product).teams(product + "-CHECKOUT")
			.mint();
		var created = http.post("/api/dependencies", tess, """
				{"dependentItemId":"%s","prerequisiteItemId":"%s","type":"BLOCKS","neededBy":"Sprint 7"}"""
			.formatted(a, b));
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		String id = created.getHeaders().getLocation().getPath().replace("/api/dependencies/", "");

		var export = http.get("/api/dependencies/products/" + product + "/export?format=CSV", tess);

		assertThat(export.getStatusCode().value()).isEqualTo(200);
		var type = export.getHeaders().getContentType();
		assertThat(type.getType() + "/" + type.getSubtype()).isEqualTo("text/csv");
		assertThat(type.getCharset()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(type.getParameter("header")).isEqualTo("present");
		assertThat(export.getHeaders().getContentDisposition().getFilename()).startsWith(product + "-dependencies-")
			.endsWith(".csv");
		assertThat(export.getHeaders().getCacheControl()).isEqualTo("no-store");
		String[] lines = export.getBody().split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("id,type,status,dependentItemKey,dependentItemTitle,dependentTeamKey,");
		assertThat(lines[1]).startsWith(id + ",BLOCKS,IDENTIFIED," + product + "-1,\"Pay by card, quickly\"," + product
				+ "-CHECKOUT," + product + "-2,'=Ledger API," + product + "-LEDGER,Sprint 7,,false,20")
			.endsWith(",tess,,,");
	}

	@Test
	void anInvisibleProductIsNotFoundAndAnUnknownFormatIsA400NamingTheParameter() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String outsider = tokens.forUser("nora").realmRoles("team-member").products("SHOP").mint();
		String member = tokens.forUser("tess").realmRoles("team-member").products(product).mint();

		var invisible = http.get("/api/dependencies/products/" + product + "/export", outsider);
		var xlsx = http.get("/api/dependencies/products/" + product + "/export?format=xlsx", member);

		assertThat(invisible.getStatusCode().value()).isEqualTo(404);
		assertThat(invisible.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(xlsx.getStatusCode().value()).isEqualTo(400);
		assertThat(xlsx.getBody()).contains("\"pointer\":\"#/query/format\"", "\"value\":\"xlsx\"");
	}

	private UUID item(String productKey, int number, String team, String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version, "
				+ "title) values (:id, :productId, :product, :key, :team, :rank, 'READY', 3, 1, :title)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.param("product", productKey)
			.param("key", productKey + "-" + number)
			.param("team", team)
			.param("rank", "r" + number)
			.param("title", title)
			.update();
		return id;
	}

}
