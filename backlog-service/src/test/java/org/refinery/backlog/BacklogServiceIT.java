package org.refinery.backlog;

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
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@ServiceTest
class BacklogServiceIT {

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
		jdbc.sql("delete from product").update();
	}

	@Test
	void flywayMigratedTheServicesOwnPostgresDatabase() {
		var migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).containsExactly("1", "2", "3");
		assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("backlog_service");
	}

	@Test
	void aContractEventSentToTheBrokerComesBackAsTheSameRecord() {
		RefineryEvent sent = EventSamples.event("refinery.backlog.ItemEstimated.v1");

		ConsumerRecord<String, RefineryEvent> received = KafkaRoundTrip.sendAndReceive(kafka, consumers,
				sent.aggregateId().toString(), sent, Duration.ofSeconds(30));

		assertThat(received.value()).isEqualTo(sent);
		assertThat(new String(received.headers().lastHeader("ce_source").value())).isEqualTo("backlog-service");
		assertThat(new String(received.headers().lastHeader("ce_type").value()))
			.isEqualTo("refinery.backlog.ItemEstimated.v1");
	}

	@Test
	void anUnauthenticatedRequestIsAnsweredWith401ProblemJson() {
		var response = http.get("/api/backlog/products", null);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void aTeamMemberSeesOnlyTheProductsHisGroupsGrant() {
		insertProduct("PAY");
		insertProduct("SHOP");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY").mint();

		Map<?, ?> page = http.getJson("/api/backlog/products", tess);

		assertThat(page.get("totalElements")).isEqualTo(1);
		assertThat(keysOf(page)).containsExactly("PAY");
	}

	@Test
	void aPortfolioManagerSeesEveryProduct() {
		insertProduct("PAY");
		insertProduct("SHOP");

		Map<?, ?> page = http.getJson("/api/backlog/products?size=1&page=1", tokens.pia().mint());

		assertThat(page.get("totalElements")).isEqualTo(2);
		assertThat(keysOf(page)).containsExactly("SHOP");
	}

	@Test
	void aPageSizeAbove500IsTheCallersMistake() {
		var response = http.get("/api/backlog/products?size=501", tokens.pia().mint());

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void healthProbesAndPrometheusAreServedWithoutAToken() {
		for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus")) {
			assertThat(http.get(path, null).getStatusCode().value()).as(path).isEqualTo(200);
		}
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
