package org.refinery.backlog;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceBasics;
import org.refinery.test.service.ServiceTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
class BacklogServiceIT extends ServiceBasics {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@Override
	protected String protectedPath() {
		return "/api/backlog/products";
	}

	@Override
	protected String sampleEventType() {
		return "refinery.backlog.ItemEstimated.v1";
	}

	/** Other ITs share the database and leave teams, items and members behind, which refer to products. */
	@BeforeEach
	void noProducts() {
		jdbc.sql("truncate product cascade").update();
	}

	@Test
	void aTeamMemberSeesOnlyTheProductsHisGroupsGrant() {
		insertProduct("PAY");
		insertProduct("SHOP");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY").mint();

		Map<?, ?> page = http().getJson("/api/backlog/products", tess);

		assertThat(page.get("totalElements")).isEqualTo(1);
		assertThat(keysOf(page)).containsExactly("PAY");
	}

	@Test
	void aPortfolioManagerSeesEveryProductAPageAtATime() {
		insertProduct("PAY");
		insertProduct("SHOP");

		Map<?, ?> page = http().getJson("/api/backlog/products?size=1&page=1", tokens.pia().mint());

		assertThat(page.get("totalElements")).isEqualTo(2);
		assertThat(keysOf(page)).containsExactly("SHOP");
	}

	@Test
	void aPageSizeAbove500IsTheCallersMistake() {
		var response = http().get("/api/backlog/products?size=501", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void theServicePublishesItsOpenApiDocumentWithoutAToken() {
		var document = http().get("/v3/api-docs", null);

		assertThat(document.getStatusCode().value()).isEqualTo(200);
		assertThat(document.getBody()).contains("\"openapi\"").contains("/api/backlog/products/{productKey}/items")
			.contains("/api/backlog/items/{id}/move");
		assertThat(document.getBody()).as("the problem shape every refusal has (docs/errors.md)")
			.contains("\"InputError\"", "\"pointer\"", "#/components/schemas/Problem", "application/problem+json");
		assertThat(document.getBody()).as("the caller comes from the token, it is no request parameter")
			.doesNotContain("\"name\":\"caller\"");
	}

	@Test
	void theOpenApiDocumentIsNamedAfterTheServiceAndTriesItsCallsThroughTheGateway() {
		var document = http().get("/v3/api-docs", null).getBody();

		assertThat(JsonPath.<String>read(document, "$.info.title")).isEqualTo("Refinery backlog API (backlog-service)");
		assertThat(JsonPath.<String>read(document, "$.info.description")).as("what the API is for, then how to call it")
			.startsWith("Products, their teams and members").contains("problem+json");
		assertThat(JsonPath.<String>read(document, "$.info.version")).isNotEqualTo("v0");
		assertThat(JsonPath.<List<String>>read(document, "$.servers[*].url")).as("relative: the gateway's origin")
			.containsExactly("/");
		assertThat(document).as("the caller is resolved from the token, never a parameter")
			.doesNotContain("\"name\":\"caller\"");
	}

	private static List<Object> keysOf(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().<Object>map(p -> ((Map<?, ?>) p).get("key")).toList();
	}

	private void insertProduct(String key) {
		jdbc.sql("insert into product (id, key, name, delivery_mode, sprint_length_days, first_period_start) "
				+ "values (:id, :key, :name, 'SCALED_SCRUM', 14, :start)")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("name", key + " product")
			.param("start", LocalDate.of(2026, 1, 5))
			.update();
	}

}
