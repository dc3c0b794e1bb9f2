package org.refinery.backlog.member;

import org.apache.kafka.clients.consumer.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.EventJson;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.MemberRole;
import org.refinery.contracts.backlog.products.ProductMember;
import org.refinery.contracts.backlog.products.ProductMembersChanged;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.ConsumerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change of a product's people leaves through the outbox as {@code ProductMembersChanged}
 * with the full membership and a version that grows by one, in the shape of the frozen sample.
 */
@ServiceTest
class MembershipEventsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> productEvents;

	String product;

	@BeforeEach
	void setUp() {
		http = ServiceClient.onPort(port);
		productEvents = consumers.createConsumer("members-it-" + UUID.randomUUID(), null);
		productEvents.subscribe(List.of(Topics.BACKLOG_PRODUCTS));
		product = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
	}

	@AfterEach
	void tearDown() {
		productEvents.close();
	}

	@Test
	void creatingAndGrantingAnnounceTheFullMembershipWithAGrowingVersion() {
		String paul = tokens.paul().mint();
		http.post("/api/backlog/products", paul, """
				{"key":"%s","name":"Events","deliveryMode":"SCALED_KANBAN","releaseLengthDays":42,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		http.post("/api/backlog/products/" + product + "/teams", paul,
				"{\"key\":\"%s-CORE\",\"name\":\"Core\",\"workMode\":\"KANBAN\"}".formatted(product));
		var granted = http.exchangeWith("PUT", "/api/backlog/products/" + product + "/members/tess", paul,
				"{\"roles\":[{\"role\":\"TEAM_MEMBER\",\"teamKey\":\"%s-CORE\"}]}".formatted(product), Map.of());
		assertThat(granted.getStatusCode().value()).as(granted.getBody()).isEqualTo(200);

		// In version order, not topic order: the outbox publishes each commit's events on their own,
		// so the grant's event may reach the topic first; consumers keep the newest version.
		List<ProductMembersChanged> events = membershipEvents(2).stream()
			.sorted(java.util.Comparator.comparingLong(ProductMembersChanged::aggregateVersion))
			.toList();

		assertThat(events).extracting(ProductMembersChanged::aggregateVersion).containsExactly(1L, 2L);
		assertThat(events.get(0).members()).containsExactly(new ProductMember("paul", MemberRole.PRODUCT_OWNER, null));
		ProductMembersChanged second = events.get(1);
		assertThat(second.productKey()).isEqualTo(product);
		assertThat(second.actor().username()).isEqualTo("paul");
		assertThat(second.aggregateId()).isEqualTo(second.productId());
		assertThat(second.members()).containsExactly(new ProductMember("paul", MemberRole.PRODUCT_OWNER, null),
				new ProductMember("tess", MemberRole.TEAM_MEMBER, product + "-CORE"));
		assertThat(fields(new EventJson().write(second)))
			.isEqualTo(fields(EventSamples.json("refinery.backlog.ProductMembersChanged.v1")));
	}

	private List<ProductMembersChanged> membershipEvents(int count) {
		List<ProductMembersChanged> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			productEvents.poll(Duration.ofMillis(200)).forEach(record -> {
				if (record.value() instanceof ProductMembersChanged changed && changed.productKey().equals(product)) {
					found.add(changed);
				}
			});
			return found.size() >= count;
		});
		return found;
	}

	/** Every field path of a JSON document, array entries merged: the shape without the values. */
	private static Set<String> fields(String json) {
		Set<String> paths = new TreeSet<>();
		collect(JsonMapper.builder().build().readTree(json), "", paths);
		return paths;
	}

	private static void collect(JsonNode node, String path, Set<String> paths) {
		if (node.isObject()) {
			node.properties().forEach(field -> {
				paths.add(path + "/" + field.getKey());
				collect(field.getValue(), path + "/" + field.getKey(), paths);
			});
		}
		else if (node.isArray()) {
			node.values().forEach(value -> collect(value, path + "[]", paths));
		}
	}

}
