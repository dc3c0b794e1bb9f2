package org.refinery.backlog;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.contracts.RefineryEvent;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.contracts.samples.EventSamples;
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

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealEngines
class BacklogServiceIT {

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
		var response = http.get().uri("/api/backlog/products").retrieve().onStatus(s -> true, (req, res) -> {
		}).toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
	}

	@Test
	void aTeamMemberSeesOnlyTheProductsHisGroupsGrant() {
		insertProduct("PAY");
		insertProduct("SHOP");
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.audience("refinery-api").mint();

		Map<?, ?> page = http.get().uri("/api/backlog/products").header(HttpHeaders.AUTHORIZATION, "Bearer " + tess)
			.retrieve().body(Map.class);

		assertThat(page.get("totalElements")).isEqualTo(1);
		assertThat(keysOf(page)).containsExactly("PAY");
	}

	@Test
	void aPortfolioManagerSeesEveryProduct() {
		insertProduct("PAY");
		insertProduct("SHOP");
		String pia = tokens.forUser("pia").realmRoles("portfolio-manager").audience("refinery-api").mint();

		Map<?, ?> page = http.get().uri("/api/backlog/products?size=1&page=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + pia).retrieve().body(Map.class);

		assertThat(page.get("totalElements")).isEqualTo(2);
		assertThat(keysOf(page)).containsExactly("SHOP");
	}

	@Test
	void aPageSizeAbove500IsTheCallersMistake() {
		String pia = tokens.forUser("pia").realmRoles("portfolio-manager").audience("refinery-api").mint();

		var response = http.get().uri("/api/backlog/products?size=501")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + pia).retrieve().onStatus(s -> true, (req, res) -> {
			}).toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void healthProbesAndPrometheusAreServedWithoutAToken() {
		for (String path : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus")) {
			var response = http.get().uri(path).retrieve().toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
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
