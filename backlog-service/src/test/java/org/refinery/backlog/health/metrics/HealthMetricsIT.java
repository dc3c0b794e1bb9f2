package org.refinery.backlog.health.metrics;

import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The health gauges as Prometheus scrapes them, after real backlog changes. */
@ServiceTest
class HealthMetricsIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	HealthMetrics metrics;

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
		String scrape = http.get("/actuator/prometheus", null).getBody();

		assertThat(scrape).containsPattern("refinery_backlog_items\\{[^}]*product=\"" + product
				+ "\"[^}]*status=\"DRAFT\"[^}]*} 3\\.0");
		assertThat(scrape).contains("refinery_backlog_top_readiness_ratio{").contains("product=\"" + product + "\"");
		assertThat(scrape).containsPattern("refinery_backlog_refinement_days_since\\{[^}]*product=\"" + product
				+ "\"[^}]*} -1\\.0");
	}

}
