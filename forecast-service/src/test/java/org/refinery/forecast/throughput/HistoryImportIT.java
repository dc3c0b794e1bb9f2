package org.refinery.forecast.throughput;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing a team's past throughput over HTTP, on real PostgreSQL. */
@ServiceTest
class HistoryImportIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	static final String CSV = "periodStart,periodEnd,items,points\n2026-01-05,2026-01-18,6,20\n"
			+ "2026-01-19,2026-02-01,0,0\n2026-02-02,2026-02-15,4,13.5\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void payCheckoutIsAKnownTeamWithoutHistory() {
		UUID pay = UUID.fromString("05d2dbfd-b81f-419d-b030-1cdbc4deecc8");
		jdbc.sql("insert into known_product values (:id, 'PAY', 'SCALED_SCRUM', 14, null, '2026-01-05', 1) "
				+ "on conflict do nothing").param("id", pay).update();
		jdbc.sql("insert into known_team values ('662b2f00-9863-488f-a3e3-d21c57bb6e9d', :product, 'PAY-CHECKOUT', "
				+ "'SCRUM', 1) on conflict do nothing").param("product", pay).update();
		jdbc.sql("delete from throughput_sample where team_key = 'PAY-CHECKOUT'").update();
	}

	@Test
	void aTeamMemberImportsCsvHistoryAndSeesItOldestFirst() {
		var response = put(tokens.tess().mint(), "text/csv", CSV);

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(itemsOf("PAY-CHECKOUT")).containsExactly(6, 0, 4);
	}

	@Test
	void theExportedHistoryImportsAgainUnchangedAndOverlappingPeriodsAreRefused() {
		put(tokens.tess().mint(), "text/csv", CSV);

		var exported = RestClient.create("http://localhost:" + port).get()
			.uri("/api/forecasts/teams/PAY-CHECKOUT/throughput/export")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.vic().mint())
			.retrieve()
			.toEntity(String.class);

		assertThat(exported.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(exported.getHeaders().getContentDisposition().getFilename()).isEqualTo("PAY-CHECKOUT-throughput.csv");
		assertThat(exported.getBody()).isEqualTo(CSV.replace("\n", "\r\n"));
		assertThat(put(tokens.tess().mint(), "text/csv", exported.getBody()).getStatusCode().value()).isEqualTo(200);
		assertThat(itemsOf("PAY-CHECKOUT")).containsExactly(6, 0, 4);
		var overlapping = put(tokens.tess().mint(), "text/csv",
				"periodStart,periodEnd,items,points\n2026-01-05,2026-01-18,6,20\n2026-01-12,2026-01-25,3,9\n");
		assertThat(overlapping.getStatusCode().value()).isEqualTo(400);
		assertThat(overlapping.getBody()).contains("\"pointer\":\"#/line/3\"", "periods must not overlap");
		assertThat(itemsOf("PAY-CHECKOUT")).as("nothing changed").containsExactly(6, 0, 4);
	}

	@Test
	void aJsonImportReplacesTheEarlierImportOfThatTeam() {
		put(tokens.tess().mint(), "text/csv", CSV);

		var response = put(tokens.paul().mint(), MediaType.APPLICATION_JSON_VALUE,
				"[{\"periodStart\":\"2026-03-02\",\"periodEnd\":\"2026-03-15\",\"items\":7,\"points\":30}]");

		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(itemsOf("PAY-CHECKOUT")).containsExactly(7);
	}

	@Test
	void aCsvWithBadLinesIsRefusedWithTheirNumbersAndChangesNothing() {
		put(tokens.tess().mint(), "text/csv", CSV);

		var response = put(tokens.tess().mint(), "text/csv",
				"periodStart,periodEnd,items,points\n2026-03-02,2026-03-15,7,30\n2026-03-16,2026-03-29,-2,1\n");

		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(response.getBody()).contains("\"pointer\":\"#/line/3\"", "items must not be negative");
		assertThat(itemsOf("PAY-CHECKOUT")).containsExactly(6, 0, 4);
	}

	@Test
	void malformedJsonAndUnknownFieldsAreTheCallersMistake() {
		assertThat(put(tokens.tess().mint(), MediaType.APPLICATION_JSON_VALUE, "[{\"periodStart\":\"soon\"}]")
			.getStatusCode().value()).isEqualTo(400);
		assertThat(put(tokens.tess().mint(), MediaType.APPLICATION_JSON_VALUE, "[{\"velocity\":3}]")
			.getStatusCode().value()).isEqualTo(400);
		assertThat(put(tokens.tess().mint(), MediaType.APPLICATION_JSON_VALUE, "[{\"items\":3}]").getBody())
			.contains("\"pointer\":\"/0/periodStart\"", "is required");
	}

	@Test
	void membersOfOtherTeamsAndViewersMayNotImportAndOutsidersDoNotLearnOfTheTeam() {
		assertThat(put(tokens.theo().mint(), "text/csv", CSV).getStatusCode().value()).isEqualTo(403);
		assertThat(put(tokens.vic().mint(), "text/csv", CSV).getStatusCode().value()).isEqualTo(403);
		assertThat(put(tokens.nora().mint(), "text/csv", CSV).getStatusCode().value()).isEqualTo(404);
		assertThat(put(tokens.ada().mint(), "text/csv", CSV).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void anUnknownTeamIsNotFound() {
		var response = put(tokens.ada().mint(), "text/csv", CSV, "PAY-NOWHERE");

		assertThat(response.getStatusCode().value()).isEqualTo(404);
		assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
	}

	private ResponseEntity<String> put(String token, String contentType, String body) {
		return put(token, contentType, body, "PAY-CHECKOUT");
	}

	private ResponseEntity<String> put(String token, String contentType, String body, String team) {
		return RestClient.create("http://localhost:" + port)
			.put()
			.uri("/api/forecasts/teams/{team}/throughput", team)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.parseMediaType(contentType))
			.body(body)
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	private List<Object> itemsOf(String team) {
		return jdbc.sql("select items from throughput_sample where team_key = :team order by period_start")
			.param("team", team)
			.query((row, n) -> (Object) row.getInt("items"))
			.list();
	}

}
