package org.refinery.alignment.web;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.BacklogEvents;
import org.refinery.alignment.Fixtures;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Memberships granted in the backlog reach alignment as {@code ProductMembersChanged} on the real
 * products topic: the creator of a product owns it here without any group, a viewer reads it,
 * and a revocation or a stale record counts from the next request.
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
	void theCreatorOwnsTheProductAViewerReadsItUntilRevokedAndOlderVersionsAreIgnored() {
		var http = new AlignmentClient(port);
		String product = Fixtures.uniqueKey("M");
		UUID productId = UUID.randomUUID();
		String owner = "olga-" + product.toLowerCase();
		String viewer = "vic-" + product.toLowerCase();
		String ownerToken = tokens.forUser(owner).mint();
		String viewerToken = tokens.forUser(viewer).realmRoles("viewer").mint();
		String summary = "/api/alignment/products/" + product + "/summary";
		new BacklogEvents(kafka).send(BacklogEvents.productCreated(productId, product));
		send(productId, product, 1, new ProductMember(owner, MemberRole.PRODUCT_OWNER, null),
				new ProductMember(viewer, MemberRole.VIEWER, null));

		await().atMost(Duration.ofSeconds(30)).until(() -> status(http.get(summary, viewerToken)) == 200);
		assertThat(status(http.get(summary, ownerToken))).isEqualTo(200);
		String goal = productGoal(product, "Goal of " + product);
		assertThat(status(http.post("/api/alignment/goals", viewerToken, goal))).isEqualTo(403);
		assertThat(status(http.post("/api/alignment/goals", ownerToken, goal))).isEqualTo(201);

		send(productId, product, 1, new ProductMember(owner, MemberRole.PRODUCT_OWNER, null));
		send(productId, product, 2, new ProductMember(owner, MemberRole.PRODUCT_OWNER, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> status(http.get(summary, viewerToken)) == 404);
		assertThat(status(http.get(summary, ownerToken))).isEqualTo(200);

		send(productId, product, 1, new ProductMember(owner, MemberRole.PRODUCT_OWNER, null),
				new ProductMember(viewer, MemberRole.VIEWER, null));
		send(productId, product, 3);
		await().atMost(Duration.ofSeconds(30)).until(() -> status(http.get(summary, ownerToken)) == 404);
		assertThat(status(http.get(summary, viewerToken))).isEqualTo(404);
	}

	private String productGoal(String product, String title) {
		var fixtures = new Fixtures(jdbc);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow " + product, "ACTIVE", null);
		UUID theme = fixtures.goal("THEME", objective, null, null, "Theme " + product, "ACTIVE", null);
		return """
				{"level":"PRODUCT_GOAL","parentId":"%s","productKey":"%s","title":"%s",
				 "timeframeStart":"2026-02-01","timeframeEnd":"2026-05-31"}""".formatted(theme, product,
				title);
	}

	private void send(UUID productId, String product, long version, ProductMember... members) {
		var event = new ProductMembersChanged(UUID.randomUUID(), Instant.now(), productId, productId, version,
				new Actor("paul-subject", "paul"), product, List.of(members));
		try {
			kafka.send(Topics.BACKLOG_PRODUCTS, productId.toString(), event).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The broker did not take " + event, ex);
		}
	}

	private static int status(ResponseEntity<String> response) {
		return response.getStatusCode().value();
	}

}
