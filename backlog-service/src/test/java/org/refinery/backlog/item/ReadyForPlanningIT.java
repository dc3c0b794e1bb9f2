package org.refinery.backlog.item;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceClient;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A team's ready-for-planning view: READY items in order, against throughput, prerequisites flagged. */
@ServiceTest
class ReadyForPlanningIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ServiceClient http;

	String product;

	String owner = tokens.paul().mint();

	String team;

	@BeforeEach
	void aProductWithATeam() {
		http = ServiceClient.onPort(port);
		product = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
		http.post("/api/backlog/products", owner, """
				{"key":"%s","name":"Plan","deliveryMode":"SCALED_SCRUM","sprintLengthDays":14,
				 "firstPeriodStart":"%s"}""".formatted(product, LocalDate.now().minusWeeks(20)));
		team = product + "-CHECKOUT";
		for (String key : List.of(team, product + "-LEDGER")) {
			http.post("/api/backlog/products/" + product + "/teams", owner,
					"{\"key\":\"%s\",\"name\":\"t\",\"workMode\":\"SCRUM\"}".formatted(key));
		}
	}

	@Test
	void ready_items_come_in_rank_order_with_their_cumulative_points_period_and_open_prerequisites() {
		String first = ready("First", team, 5);
		item("Drafted", team, 3);
		String second = ready("Second", team, 8);
		ready("Elsewhere", product + "-LEDGER", 1);
		String third = ready("Third", team, 5);
		String prerequisite = item("Prerequisite", product + "-LEDGER", 2);
		String finished = item("Finished", product + "-LEDGER", 2);
		dependency(second, prerequisite, "IDENTIFIED");
		dependency(second, finished, "ACKNOWLEDGED");
		dependency(third, prerequisite, "RESOLVED");
		jdbc.sql("update item set status = 'DONE', completed_at = now() - interval '30 days' where id = :id")
			.param("id", UUID.fromString(finished)).update();
		// the team finished 10 points in each of the last six Sprints
		for (int weeks = 1; weeks <= 11; weeks += 2) {
			done(team, 10, weeks);
		}

		Map<?, ?> view = http.getJson("/api/backlog/products/" + product + "/teams/" + team + "/ready-for-planning",
				owner);

		assertThat(number(view.get("medianPointsPerPeriod"))).isEqualTo(10.0);
		assertThat((List<?>) view.get("pointsPerPeriod")).hasSize(6);
		assertThat(number(view.get("readyPoints"))).isEqualTo(18.0);
		List<Map<?, ?>> items = ((List<?>) view.get("items")).stream().<Map<?, ?>>map(i -> (Map<?, ?>) i).toList();
		assertThat(items).<Object>extracting(i -> i.get("id")).containsExactly(first, second, third);
		assertThat(items).<Object>extracting(i -> number(i.get("cumulativeEstimate"))).containsExactly(5.0, 13.0, 18.0);
		assertThat(items).<Object>extracting(i -> i.get("period")).containsExactly(1, 2, 2);
		assertThat(items).<Object>extracting(i -> ((List<?>) i.get("openPrerequisites")).stream()
			.map(p -> ((Map<?, ?>) p).get("key")).toList())
			.containsExactly(List.of(), List.of(product + "-6"), List.of());
	}

	@Test
	void a_team_of_another_product_or_a_bad_team_key_is_refused() {
		var other = http.get("/api/backlog/products/" + product + "/teams/OTHER-TEAM/ready-for-planning", owner);
		assertThat(other.getStatusCode().value()).isEqualTo(422);
		var bad = http.get("/api/backlog/products/" + product + "/teams/lower/ready-for-planning", owner);
		assertThat(bad.getStatusCode().value()).isEqualTo(400);
		assertThat(bad.getBody()).contains("#/path/teamKey");
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

	private void done(String teamKey, int points, int weeksAgo) {
		jdbc.sql("insert into item (id, product_id, key, type, title, team_key, rank, status, version, estimate, "
				+ "completed_at) select gen_random_uuid(), id, key || '-D' || :n, 'STORY', 'done', :team, "
				+ "'zz' || :n, 'DONE', 1, :points, now() - make_interval(weeks => :n) from product where key = :product")
			.param("n", weeksAgo).param("team", teamKey).param("points", points).param("product", product).update();
	}

	private void dependency(String dependent, String prerequisite, String status) {
		jdbc.sql("insert into dependency_view values (:id, :dependent, :prerequisite, 'BLOCKS', :status, 1, now())")
			.param("id", UUID.randomUUID()).param("dependent", UUID.fromString(dependent))
			.param("prerequisite", UUID.fromString(prerequisite)).param("status", status).update();
	}

	private String item(String title, String teamKey, int estimate) {
		var created = http.post("/api/backlog/products/" + product + "/items", owner, """
				{"type":"STORY","title":"%s","teamKey":"%s","estimate":%d,"acceptanceCriteria":["works"]}"""
			.formatted(title, teamKey, estimate));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		return created.getHeaders().getLocation().getPath().replace("/api/backlog/items/", "");
	}

	private String ready(String title, String teamKey, int estimate) {
		String id = item(title, teamKey, estimate);
		for (String status : List.of("IN_REFINEMENT", "READY")) {
			var moved = http.post("/api/backlog/items/" + id + "/status", owner, "{\"status\":\"" + status + "\"}");
			assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(200);
		}
		return id;
	}

}
