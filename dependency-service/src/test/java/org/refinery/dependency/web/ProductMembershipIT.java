package org.refinery.dependency.web;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.dependency.TestItems;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Memberships granted in the backlog reach the dependency service as {@code ProductMembersChanged}
 * on the real products topic, and count from the next request of a token that carries no group.
 */
@ServiceTest
class ProductMembershipIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGrantedMemberSeesTheProductAndActsByTheirRoleUntilRevokedAndOlderVersionsAreIgnored() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String member = "tess-" + product.toLowerCase();
		String viewer = "vic-" + product.toLowerCase();
		String memberToken = tokens.forUser(member).realmRoles("team-member").mint();
		String viewerToken = tokens.forUser(viewer).realmRoles("viewer").mint();
		UUID checkout = item(product, 1, product + "-CHECKOUT");
		UUID ledger = item(product, 2, product + "-LEDGER");
		String analysis = "/api/dependencies/products/" + product + "/analysis";
		assertThat(http.get(analysis, memberToken).getStatusCode().value()).isEqualTo(404);

		send(product, 1, new ProductMember(member, MemberRole.TEAM_MEMBER, product + "-CHECKOUT"));
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get(analysis, memberToken).getStatusCode().value() == 200);
		assertThat(http.post("/api/dependencies", memberToken, identify(checkout, ledger)).getStatusCode().value())
			.isEqualTo(201);

		send(product, 1);
		send(product, 2, new ProductMember(member, MemberRole.TEAM_MEMBER, product + "-CHECKOUT"),
				new ProductMember(viewer, MemberRole.VIEWER, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get(analysis, viewerToken).getStatusCode().value() == 200);
		assertThat(http.get(analysis, memberToken).getStatusCode().value()).isEqualTo(200);
		assertThat(http.post("/api/dependencies", viewerToken, identify(ledger, checkout)).getStatusCode().value())
			.isEqualTo(403);

		send(product, 3, new ProductMember(viewer, MemberRole.VIEWER, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get(analysis, memberToken).getStatusCode().value() == 404);
		assertThat(http.get("/api/dependencies?product=" + product, memberToken).getBody()).contains("\"totalElements\":0");
		send(product, 2, new ProductMember(member, MemberRole.TEAM_MEMBER, product + "-CHECKOUT"));
		send(product, 4);
		await().atMost(Duration.ofSeconds(30)).until(() -> http.get(analysis, viewerToken).getStatusCode().value() == 404);
		assertThat(http.get(analysis, memberToken).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void anOwnerMembershipOwnsTheProductWithoutTheRealmRoleOrAGroup() {
		var http = ServiceClient.onPort(port);
		String product = TestItems.productKey();
		String owner = "paula-" + product.toLowerCase();
		String ownerToken = tokens.forUser(owner).mint();
		UUID checkout = item(product, 1, product + "-CHECKOUT");
		UUID ledger = item(product, 2, product + "-LEDGER");

		send(product, 1, new ProductMember(owner, MemberRole.PRODUCT_OWNER, null));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.post("/api/dependencies", ownerToken, identify(checkout, ledger)).getStatusCode().value() == 201);
	}

	private void send(String product, long version, ProductMember... members) {
		UUID productId = TestItems.productId(product);
		var event = new ProductMembersChanged(UUID.randomUUID(), Instant.now(), productId, productId, version,
				TestItems.PAUL, product, List.of(members));
		try {
			kafka.send(Topics.BACKLOG_PRODUCTS, productId.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
	}

	private static String identify(UUID dependent, UUID prerequisite) {
		return "{\"dependentItemId\":\"%s\",\"prerequisiteItemId\":\"%s\",\"type\":\"BLOCKS\"}".formatted(dependent,
				prerequisite);
	}

	private UUID item(String productKey, int number, String team) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, rank, status, estimate, version) "
				+ "values (:id, :productId, :product, :key, :team, :rank, 'DRAFT', :estimate, 1)")
			.param("id", id)
			.param("productId", TestItems.productId(productKey))
			.param("product", productKey)
			.param("key", productKey + "-" + number)
			.param("team", team)
			.param("rank", "m" + number)
			.param("estimate", BigDecimal.ONE)
			.update();
		return id;
	}

}
