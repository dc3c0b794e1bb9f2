package org.refinery.backlog.health.metrics;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The health gauges as Prometheus scrapes them, after real backlog changes. */
@ServiceTest
class HealthMetricsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	/** Prometheus scrapes the management port; the API port serves no actuator. */
	@LocalManagementPort
	int managementPort;

	@Autowired
	HealthMetrics metrics;

	@Autowired
	TeamHealthMetrics teamMetrics;

	@Test
	void theBacklogOfAProductShowsUpByStatusWithItsHealthSignals() {
		var http = ServiceClient.onPort(port);
		String owner = tokens.paul().mint();
		String product = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Health","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		for (int i = 0; i < 3; i++) {
			http.post("/api/backlog/products/" + product + "/items", owner, "{\"type\":\"STORY\",\"title\":\"x\"}");
		}

		metrics.refresh();
		String scrape = ServiceClient.onPort(managementPort).get("/actuator/prometheus", null).getBody();

		assertThat(scrape).containsPattern("refinery_backlog_items\\{[^}]*product=\"" + product
				+ "\"[^}]*status=\"DRAFT\"[^}]*} 3\\.0");
		assertThat(scrape).contains("refinery_backlog_top_readiness_ratio{").contains("product=\"" + product + "\"");
		assertThat(scrape).containsPattern("refinery_backlog_refinement_days_since\\{[^}]*product=\"" + product
				+ "\"[^}]*} -1\\.0");
	}

	@Test
	void items_readiness_and_the_health_score_show_up_per_team_and_per_part() {
		var http = ServiceClient.onPort(port);
		String owner = tokens.paul().mint();
		String product = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Teams","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"2026-01-05"}""".formatted(product));
		http.post("/api/backlog/products/" + product + "/teams", owner,
				"{\"key\":\"%s-A\",\"name\":\"A\",\"workMode\":\"SCRUM\"}".formatted(product));
		for (String team : new String[] { "\"teamKey\":\"" + product + "-A\",", "\"teamKey\":\"" + product + "-A\",", "" }) {
			http.post("/api/backlog/products/" + product + "/items", owner,
					"{" + team + "\"type\":\"STORY\",\"title\":\"x\"}");
		}

		metrics.refresh();
		teamMetrics.refresh();
		String scrape = ServiceClient.onPort(managementPort).get("/actuator/prometheus", null).getBody();

		String tags = "[^}]*product=\"" + product + "\"[^}]*";
		assertThat(scrape).containsPattern("refinery_backlog_team_items\\{" + tags + "status=\"DRAFT\"[^}]*team=\"" + product + "-A\"[^}]*} 2\\.0");
		assertThat(scrape).containsPattern("refinery_backlog_team_items\\{" + tags + "team=\"none\"[^}]*} 1\\.0");
		assertThat(scrape).containsPattern("refinery_backlog_team_top_readiness_ratio\\{" + tags + "} 0\\.0");
		assertThat(scrape).containsPattern("refinery_backlog_team_refinement_days_since\\{" + tags + "team=\""
				+ product + "-A\"[^}]*} -1\\.0");
		// no session ever: cadence 0; no open dependency: dependencies and ordering 100; nothing
		// ready, nothing aligned: top readiness and alignment 0; 0 of 1 team represented: 0
		// (0*20 + 0*15 + 0*15 + 100*10 + 100*10 + 0*5) / 75 = 26.67
		assertThat(scrape).containsPattern("refinery_health_score\\{" + tags + "} 27\\.0");
		assertThat(scrape).containsPattern("refinery_health_part\\{[^}]*part=\"ORDERING\"" + tags + "} 100\\.0");
		assertThat(scrape).doesNotContainPattern("refinery_health_part\\{[^}]*part=\"PREDICTABILITY\"" + tags + "}");
	}

}
