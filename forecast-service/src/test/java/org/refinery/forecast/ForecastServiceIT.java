package org.refinery.forecast;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as deployed: real PostgreSQL, a real broker, Keycloak-shaped tokens. */
@ServiceTest
class ForecastServiceIT {

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
		var response = http.get("/api/forecasts/teams/PAY-CHECKOUT/throughput", null);

		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	@Test
	void aTeamsHistoryIsShownOldestFirstIncludingZeroPeriods() {
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 19), 0);
		insertSample("PAY-CHECKOUT", "PAY", LocalDate.of(2026, 1, 5), 6);
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.mint();

		Map<?, ?> history = get("/api/forecasts/teams/PAY-CHECKOUT/throughput", tess);

		assertThat(((List<?>) history.get("samples")).stream().<Object>map(s -> ((Map<?, ?>) s).get("items")))
			.containsExactly(6, 0);
	}

	@Test
	void aTeamOfAProductTheCallerCannotSeeShowsNoHistory() {
		insertSample("SHOP-CART", "SHOP", LocalDate.of(2026, 1, 5), 4);
		String tess = tokens.forUser("tess").realmRoles("team-member").teams("PAY-CHECKOUT").products("PAY")
			.mint();

		assertThat((List<?>) get("/api/forecasts/teams/SHOP-CART/throughput", tess).get("samples")).isEmpty();
	}

	@Test
	void aMalformedTeamKeyIsTheCallersMistake() {
		String pia = tokens.forUser("pia").realmRoles("portfolio-manager").mint();

		var response = http.get("/api/forecasts/teams/not a key/throughput", pia);

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private Map<?, ?> get(String uri, String token) {
		return http.getJson(uri, token);
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
