package org.refinery.forecast;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealEngines
class ForecastServiceIT {

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
		jdbc.sql("delete from throughput_sample").update();
	}

	@Test
	void flywayMigratedTheServicesOwnPostgresDatabase() {
		var migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).containsExactly("1", "2");
		assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("forecast_service");
	}

	@Test
	void aContractEventSentToTheBrokerComesBackAsTheSameRecord() {
		RefineryEvent sent = EventSamples.event("refinery.forecasts.ForecastComputed.v1");

		ConsumerRecord<String, RefineryEvent> received = KafkaRoundTrip.sendAndReceive(kafka, consumers,
				sent.aggregateId().toString(), sent, Duration.ofSeconds(30));

		assertThat(received.value()).isEqualTo(sent);
		assertThat(new String(received.headers().lastHeader("ce_source").value())).isEqualTo("forecast-service");
	}

	@Test
	void anUnauthenticatedRequestIsAnsweredWith401ProblemJson() {
		var response = http.get().uri("/api/forecasts/teams/PAY-CHECKOUT/throughput").retrieve()
			.onStatus(s -> true, (req, res) -> {
			}).toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void aTeamsHistoryIsShownOldestFirstIncludingZeroPeriods() {
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 19), 0);
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 5), 6);
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.audience("refinery-api").mint();

		Map<?, ?> history = get("/api/forecasts/teams/PAY-CHECKOUT/throughput", tess);

		assertThat(((List<?>) history.get("samples")).stream().<Object>map(s -> ((Map<?, ?>) s).get("items")))
			.containsExactly(6, 0);
	}

	@Test
	void aTeamOfAProductTheCallerCannotSeeShowsNoHistory() {
		insertSample("SHOP-CART", "SHOP", LocalDate.of(2026, 1, 5), 4);
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.audience("refinery-api").mint();

		assertThat((List<?>) get("/api/forecasts/teams/SHOP-CART/throughput", tess).get("samples")).isEmpty();
	}

	@Test
	void aMalformedTeamKeyIsTheCallersMistake() {
		String pia = tokens.forUser("pia").realmRoles("portfolio-manager").audience("refinery-api").mint();

		var response = http.get().uri("/api/forecasts/teams/not a key/throughput")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + pia).retrieve().onStatus(s -> true, (req, res) -> {
			}).toEntity(String.class);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private Map<?, ?> get(String uri, String token) {
		return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().body(Map.class);
	}

	private void insertSample(String team, String product, LocalDate start, int items) {
		jdbc.sql("insert into throughput_sample (team_key, product_key, period_start, period_end, items, points, source) "
				+ "values (:team, :product, :start, :end, :items, :points, 'IMPORTED')")
			.param("team", team)
			.param("product", product)
			.param("start", start)
			.param("end", start.plusDays(13))
			.param("items", items)
			.param("points", items * 3)
			.update();
	}

}
