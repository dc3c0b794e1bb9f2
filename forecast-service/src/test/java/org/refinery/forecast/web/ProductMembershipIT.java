package org.refinery.forecast.web;

import org.junit.jupiter.api.Test;
import org.refinery.contracts.Actor;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.forecast.BacklogEvents;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Memberships granted in the backlog reach forecast as {@code ProductMembersChanged} on the real
 * products topic and count from the next request of a token that carries no group: a team member
 * imports their team's history, an owner any team's, a viewer reads only, and a revocation or a
 * stale record counts from the next request.
 */
@ServiceTest
class ProductMembershipIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String CSV = "periodStart,periodEnd,items,points\n2026-01-05,2026-01-18,6,20\n";

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	JdbcClient jdbc;

	@Test
	void membersActByTheirRoleUntilRevokedAndOlderVersionsAreIgnored() {
		UUID productId = UUID.randomUUID();
		String product = "M" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replace("-", "X");
		String team = product + "-A";
		var owner = new ProductMember("olga-" + product.toLowerCase(), MemberRole.PRODUCT_OWNER, null);
		var member = new ProductMember("tess-" + product.toLowerCase(), MemberRole.TEAM_MEMBER, team);
		var viewer = new ProductMember("vic-" + product.toLowerCase(), MemberRole.VIEWER, null);
		String ownerToken = tokens.forUser(owner.username()).mint();
		String memberToken = tokens.forUser(member.username()).realmRoles("team-member").mint();
		String viewerToken = tokens.forUser(viewer.username()).realmRoles("viewer").mint();
		var events = new BacklogEvents(kafka);
		events.send(BacklogEvents.productCreated(productId, product));
		events.send(BacklogEvents.teamCreated(productId, team));
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from known_team where key = :team")
			.param("team", team).query(Long.class).single() == 1);
		assertThat(throughput(HttpMethod.GET, team, memberToken)).isEqualTo(404);

		send(productId, product, 1, owner, member, viewer);
		await().atMost(Duration.ofSeconds(30)).until(() -> throughput(HttpMethod.GET, team, viewerToken) == 200);
		assertThat(throughput(HttpMethod.PUT, team, memberToken)).isEqualTo(200);
		assertThat(throughput(HttpMethod.PUT, team, ownerToken)).isEqualTo(200);
		assertThat(throughput(HttpMethod.PUT, team, viewerToken)).isEqualTo(403);
		// A viewer's run is a what-if (200), never the product's baseline; an owner's becomes it (201).
		assertThat(forecast(product, viewerToken)).isEqualTo(200);
		assertThat(forecast(product, ownerToken)).isEqualTo(201);

		send(productId, product, 1, owner, member);
		send(productId, product, 2, owner, member);
		await().atMost(Duration.ofSeconds(30)).until(() -> throughput(HttpMethod.GET, team, viewerToken) == 404);
		assertThat(throughput(HttpMethod.PUT, team, memberToken)).isEqualTo(200);
		assertThat(forecast(product, viewerToken)).isEqualTo(404);

		send(productId, product, 1, owner, member, viewer);
		send(productId, product, 3, owner);
		await().atMost(Duration.ofSeconds(30)).until(() -> throughput(HttpMethod.GET, team, memberToken) == 404);
		assertThat(throughput(HttpMethod.GET, team, viewerToken)).isEqualTo(404);
		assertThat(throughput(HttpMethod.PUT, team, ownerToken)).isEqualTo(200);
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

	private int throughput(HttpMethod method, String team, String token) {
		var request = RestClient.create("http://localhost:" + port)
			.method(method)
			.uri("/api/forecasts/teams/{team}/throughput", team)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		if (method == HttpMethod.PUT) {
			request.contentType(MediaType.parseMediaType("text/csv")).body(CSV);
		}
		return request.retrieve().onStatus(status -> true, (req, res) -> {
		}).toBodilessEntity().getStatusCode().value();
	}

	private int forecast(String product, String token) {
		return RestClient.create("http://localhost:" + port)
			.post()
			.uri("/api/forecasts/products/{product}", product)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"trials\":10}")
			.retrieve()
			.onStatus(status -> true, (req, res) -> {
			})
			.toBodilessEntity()
			.getStatusCode()
			.value();
	}

}
