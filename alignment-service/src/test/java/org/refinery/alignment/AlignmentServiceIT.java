package org.refinery.alignment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.engines.KafkaRoundTrip;
import org.refinery.test.engines.RealEngines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealEngines
class AlignmentServiceIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry registry) {
		registry.add("refinery.security.issuer-uri", () -> tokens.issuerUri().toString());
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	RestClient http;

	@BeforeEach
	void setUp() {
		http = RestClient.builder().baseUrl("http://localhost:" + port).build();
		jdbc.sql("delete from goal where parent_id is not null").update();
		jdbc.sql("delete from goal").update();
	}

	@Test
	void flywayMigratedTheServicesOwnPostgresDatabase() {
		var migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).containsExactly("1", "2");
		assertThat(jdbc.sql("select current_database()").query(String.class).single())
			.isEqualTo("alignment_service");
	}

	@Test
	void aContractEventSentToTheBrokerComesBackAsTheSameRecord() {
		RefineryEvent sent = EventSamples.event("refinery.alignment.GoalCreated.v1");

		ConsumerRecord<String, RefineryEvent> received = KafkaRoundTrip.sendAndReceive(kafka, consumers,
				sent.aggregateId().toString(), sent, Duration.ofSeconds(30));

		assertThat(received.value()).isEqualTo(sent);
		assertThat(new String(received.headers().lastHeader("ce_source").value())).isEqualTo("alignment-service");
	}

	@Test
	void anUnauthenticatedRequestIsAnsweredWith401ProblemJson() {
		var response = http.get().uri("/api/alignment/goals").retrieve().onStatus(s -> true, (req, res) -> {
		}).toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void everyoneSeesOrganisationGoalsButOnlyTheProductGoalsOfTheirProducts() {
		UUID objective = insertGoal("OBJECTIVE", null, null, "Grow recurring revenue");
		UUID theme = insertGoal("THEME", objective, null, "Frictionless payments");
		insertGoal("PRODUCT_GOAL", theme, "PAY", "One-click checkout");
		insertGoal("PRODUCT_GOAL", theme, "SHOP", "Faster search");
		String vic = tokens.forUser("vic").realmRoles("viewer").products("PAY").audience("refinery-api").mint();

		Map<?, ?> page = http.get().uri("/api/alignment/goals").header(HttpHeaders.AUTHORIZATION, "Bearer " + vic)
			.retrieve().body(Map.class);

		assertThat(((List<?>) page.get("content")).stream().<Object>map(g -> ((Map<?, ?>) g).get("title")))
			.containsExactly("Grow recurring revenue", "Frictionless payments", "One-click checkout");
	}

	private UUID insertGoal(String level, UUID parent, String product, String title) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into goal (id, level, parent_id, product_key, title, status) "
				+ "values (:id, :level, :parent, :product, :title, 'ACTIVE')")
			.param("id", id)
			.param("level", level)
			.param("parent", parent)
			.param("product", product)
			.param("title", title)
			.update();
		return id;
	}

}
