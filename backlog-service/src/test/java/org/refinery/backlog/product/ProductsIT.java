package org.refinery.backlog.product;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.Topics;
import org.refinery.contracts.backlog.products.ProductCreated;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Creating and reading products over HTTP, on real PostgreSQL and Kafka. */
@ServiceTest
class ProductsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	Consumer<String, RefineryEvent> productEvents;

	@BeforeEach
	void setUp() {
		http = ServiceClient.onPort(port);
		productEvents = consumers.createConsumer("products-it-" + UUID.randomUUID(), null);
		productEvents.subscribe(List.of(Topics.BACKLOG_PRODUCTS));
	}

	@AfterEach
	void tearDown() {
		productEvents.close();
	}

	@Test
	void aProductOwnerCreatesAProductOwnsItAndExactlyOneEventCarriesItsState() {
		String key = uniqueKey();
		var created = post(tokens.paul().mint(), scrumProduct(key));

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(created.getHeaders().getLocation()).hasToString("/api/backlog/products/" + key);
		assertThat(created.getHeaders().getETag()).isEqualTo("\"1\"");

		List<ProductCreated> events = productEventsFor(key);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.product().name()).isEqualTo("Payments " + key);
			assertThat(event.aggregateVersion()).isEqualTo(1);
			assertThat(event.actor().username()).isEqualTo("paul");
		});
	}

	@Test
	void theCreatorSeesTheNewProductWithoutAGroupWhileOthersGet404() {
		String key = uniqueKey();
		String olga = tokens.forUser("olga").realmRoles("product-owner").mint();
		assertThat(post(olga, scrumProduct(key)).getStatusCode().value()).isEqualTo(201);

		assertThat(get(olga, "/api/backlog/products/" + key).getStatusCode().value()).isEqualTo(200);
		assertThat(get(tokens.nora().mint(), "/api/backlog/products/" + key).getStatusCode().value()).isEqualTo(404);
		assertThat(get(tokens.pia().mint(), "/api/backlog/products/" + key).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void aTakenKeyIsAConflictAndWritesNothing() {
		String key = uniqueKey();
		assertThat(post(tokens.paul().mint(), scrumProduct(key)).getStatusCode().value()).isEqualTo(201);

		var again = post(tokens.ada().mint(), scrumProduct(key));

		assertProblem(again, 409, "A product with key " + key + " already exists");
		assertThat(count(key)).isEqualTo(1);
	}

	@Test
	void aTeamMemberMayNotCreateProducts() {
		String key = uniqueKey();
		assertProblem(post(tokens.tess().mint(), scrumProduct(key)), 403, null);
		assertThat(count(key)).isZero();
	}

	@Test
	void aScrumProductWithoutSprintLengthBreaksARuleAndWritesNothing() {
		String key = uniqueKey();
		String body = """
				{"key":"%s","name":"No cadence","deliveryMode":"SCALED_SCRUM","firstPeriodStart":"2026-01-05"}"""
			.formatted(key);
		assertProblem(post(tokens.paul().mint(), body), 422, "A SCALED_SCRUM product needs sprintLengthDays");
		assertThat(count(key)).isZero();
	}

	@Test
	void malformedBodiesAreTheCallersMistakeAndWriteNothing() {
		String key = uniqueKey();
		List<String> bodies = List.of("{not json", scrumProduct(key).replace("{", "{\"id\":\"" + UUID.randomUUID() + "\","),
				scrumProduct(key).replace("SCALED_SCRUM", "WATERFALL"), scrumProduct(key).replace(key, "pay"),
				scrumProduct(key).replace("Payments " + key, "x".repeat(201)));
		for (String body : bodies) {
			assertProblem(post(tokens.paul().mint(), body), 400, null);
		}
		assertThat(count(key)).isZero();
	}

	@Test
	void theProductOwnerChangesSettingsFromTheCurrentVersionOnly() {
		String key = uniqueKey();
		post(tokens.paul().mint(), scrumProduct(key));
		String uri = "/api/backlog/products/" + key;

		var changed = http.exchangeWith("PATCH", uri, tokens.paul().mint(), "{\"sprintLengthDays\":10}",
				java.util.Map.of("If-Match", "\"1\""));
		assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
		assertThat(changed.getHeaders().getETag()).isEqualTo("\"2\"");
		assertThat(http.exchangeWith("PATCH", uri, tokens.paul().mint(), "{\"name\":\"x\"}",
				java.util.Map.of("If-Match", "\"1\"")).getStatusCode().value()).isEqualTo(412);
		assertThat(http.exchangeWith("PATCH", uri, tokens.paul().mint(), "{\"name\":\"x\"}",
				java.util.Map.of("If-Match", "yesterday")).getStatusCode().value()).isEqualTo(400);
		assertThat(http.patch(uri, tokens.paul().mint(), "{\"deliveryMode\":\"SCALED_KANBAN\"}").getStatusCode()
			.value()).isEqualTo(422);
		assertThat(http.patch(uri, tokens.tess().mint(), "{\"name\":\"x\"}").getStatusCode().value()).isIn(403, 404);
	}

	private List<ProductCreated> productEventsFor(String key) {
		List<ProductCreated> found = new ArrayList<>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (ConsumerRecord<String, RefineryEvent> record : productEvents.poll(Duration.ofMillis(200))) {
				if (record.value() instanceof ProductCreated created && created.product().key().equals(key)) {
					found.add(created);
				}
			}
			return !found.isEmpty();
		});
		productEvents.poll(Duration.ofSeconds(1)).forEach(record -> {
			if (record.value() instanceof ProductCreated created && created.product().key().equals(key)) {
				found.add(created);
			}
		});
		return found;
	}

	private static void assertProblem(ResponseEntity<String> response, int status, String detail) {
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isNotNull();
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as(response.getBody())
			.isTrue();
		if (detail != null) {
			assertThat(response.getBody()).contains(detail);
		}
	}

	private ResponseEntity<String> post(String token, String body) {
		return http.post("/api/backlog/products", token, body);
	}

	private ResponseEntity<String> get(String token, String uri) {
		return http.get(uri, token);
	}

	private long count(String key) {
		return jdbc.sql("select count(*) from product where key = :key").param("key", key).query(Long.class).single();
	}

	private static String scrumProduct(String key) {
		return """
				{"key":"%s","name":"Payments %s","vision":"Pay in one click","deliveryMode":"SCALED_SCRUM",
				 "sprintLengthDays":14,"firstPeriodStart":"2026-01-05"}""".formatted(key, key);
	}

	private static String uniqueKey() {
		return "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

}
