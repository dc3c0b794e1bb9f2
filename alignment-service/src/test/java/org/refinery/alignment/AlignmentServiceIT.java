package org.refinery.alignment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.contracts.samples.EventSamples;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.engines.KafkaRoundTrip;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@ServiceTest
class AlignmentServiceIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, RefineryEvent> kafka;

	@Autowired
	ConsumerFactory<String, RefineryEvent> consumers;

	ServiceClient http;

	@BeforeEach
	void setUp() {
		http = ServiceClient.onPort(port);
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
		var response = http.get("/api/alignment/goals", null);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void everyoneSeesOrganisationGoalsButOnlyTheProductGoalsOfTheirProducts() {
		UUID objective = insertGoal("OBJECTIVE", null, null, "Grow recurring revenue");
		UUID theme = insertGoal("THEME", objective, null, "Frictionless payments");
		insertGoal("PRODUCT_GOAL", theme, "PAY", "One-click checkout");
		insertGoal("PRODUCT_GOAL", theme, "SHOP", "Faster search");
		String vic = tokens.forUser("vic").realmRoles("viewer").products("PAY").mint();

		Map<?, ?> page = http.getJson("/api/alignment/goals", vic);

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
