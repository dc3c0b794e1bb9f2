package org.refinery.dependency;

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
class DependencyServiceIT {

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
		jdbc.sql("delete from dependency").update();
	}

	@Test
	void flywayMigratedTheServicesOwnPostgresDatabase() {
		var migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).containsExactly("1", "2");
		assertThat(jdbc.sql("select current_database()").query(String.class).single())
			.isEqualTo("dependency_service");
	}

	@Test
	void aContractEventSentToTheBrokerComesBackAsTheSameRecord() {
		RefineryEvent sent = EventSamples.event("refinery.dependencies.DependencyIdentified.v1");

		ConsumerRecord<String, RefineryEvent> received = KafkaRoundTrip.sendAndReceive(kafka, consumers,
				sent.aggregateId().toString(), sent, Duration.ofSeconds(30));

		assertThat(received.value()).isEqualTo(sent);
		assertThat(new String(received.headers().lastHeader("ce_source").value())).isEqualTo("dependency-service");
	}

	@Test
	void anUnauthenticatedRequestIsAnsweredWith401ProblemJson() {
		var response = http.get("/api/dependencies", null);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void aTeamMemberSeesTheDependenciesOfHisProductsFilteredByTeam() {
		insertDependency("PAY", "PAY-CHECKOUT", "PAY-LEDGER");
		insertDependency("PAY", "PAY-FRAUD", "PAY-LEDGER");
		insertDependency("SHOP", "SHOP-CART", "SHOP-SEARCH");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.mint();

		assertThat(keysOf(get("/api/dependencies", tess))).containsOnly("PAY").hasSize(2);
		assertThat(keysOf(get("/api/dependencies?team=PAY-FRAUD", tess))).hasSize(1);
		assertThat(keysOf(get("/api/dependencies?product=SHOP", tess))).isEmpty();
	}

	@Test
	void anUnknownStatusFilterIsTheCallersMistake() {
		String pia = tokens.forUser("pia").realmRoles("portfolio-manager").mint();

		var response = http.get("/api/dependencies?status=FORGOTTEN", pia);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private Map<?, ?> get(String uri, String token) {
		return http.getJson(uri, token);
	}

	private static List<Object> keysOf(Map<?, ?> page) {
		return ((List<?>) page.get("content")).stream().<Object>map(d -> ((Map<?, ?>) d).get("productKey")).toList();
	}

	private void insertDependency(String product, String dependentTeam, String prerequisiteTeam) {
		jdbc.sql("insert into dependency (id, product_key, dependent_item_id, prerequisite_item_id, "
				+ "dependent_team_key, prerequisite_team_key, type, status) "
				+ "values (:id, :product, :dependent, :prerequisite, :dt, :pt, 'BLOCKS', 'IDENTIFIED')")
			.param("id", UUID.randomUUID())
			.param("product", product)
			.param("dependent", UUID.randomUUID())
			.param("prerequisite", UUID.randomUUID())
			.param("dt", dependentTeam)
			.param("pt", prerequisiteTeam)
			.update();
	}

}
