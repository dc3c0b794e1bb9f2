package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.refinery.alignment.AlignmentClient;
import org.refinery.alignment.Fixtures;
import org.refinery.alignment.backlog.BacklogChanged;
import org.refinery.alignment.summary.application.AlignmentMetrics;
import org.refinery.alignment.summary.application.DailySnapshots;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.refinery.alignment.AlignmentClient.assertProblem;
import static org.refinery.alignment.AlignmentClient.body;

/** The portfolio view, its daily snapshots and the alignment gauges, on real PostgreSQL. */
@ServiceTest
class PortfolioIT {

	static final KeycloakTokens tokens = KeycloakTokens.shared();

	@LocalServerPort
	int port;

	/** Prometheus scrapes the management port; the API port serves no actuator. */
	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DailySnapshots snapshots;

	@Autowired
	AlignmentMetrics metrics;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aPortfolioManagerSeesEveryProductAndAProductOwnerOnlyHis() {
		var fixtures = new Fixtures(jdbc);
		String mine = Fixtures.uniqueKey("M");
		String other = Fixtures.uniqueKey("N");
		fixtures.item(fixtures.product(mine), mine, mine + "-1", "T1", BigDecimal.ONE, "READY", "a");
		fixtures.product(other);
		var http = new AlignmentClient(port);
		String owner = tokens.forUser("olga").realmRoles("product-owner").products(mine).mint();

		assertThat(productKeys(body(http.get("/api/alignment/portfolio", tokens.pia().mint()), 200)))
			.contains(mine, other);
		Map<?, ?> own = body(http.get("/api/alignment/portfolio?scope=top&n=10", owner), 200);
		assertThat(productKeys(own)).containsExactly(mine);
		assertThat(own.get("products")).asString().contains("items=1");
		assertProblem(http.get("/api/alignment/portfolio?days=401", owner), 400, "days must be less than or equal to 400");
	}

	@Test
	void aProductThatChangedIsRecomputedInTheBackgroundWithoutAnyoneAskingForItsSummary() {
		var fixtures = new Fixtures(jdbc);
		String key = Fixtures.uniqueKey("R");
		UUID product = fixtures.product(key);
		fixtures.item(product, key, key + "-1", "T1", BigDecimal.ONE, "READY", "a");
		var http = new AlignmentClient(port);
		Map<?, ?> before = figuresOf(key, body(http.get("/api/alignment/portfolio", tokens.pia().mint()), 200));
		assertThat(before.get("stale")).isEqualTo(false);
		assertThat(before.get("overall")).asString().contains("items=1");

		fixtures.item(product, key, key + "-2", "T1", BigDecimal.ONE, "READY", "b");
		events.publishEvent(new BacklogChanged(key));

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Map<?, ?> figures = figuresOf(key, body(http.get("/api/alignment/portfolio", tokens.pia().mint()), 200));
			assertThat(figures.get("stale")).isEqualTo(false);
			assertThat(figures.get("asOf")).isNotNull();
			assertThat(figures.get("overall")).asString().contains("items=2");
		});
	}

	@Test
	void theDailySnapshotIsWrittenOncePerProductAndDayAndFeedsTheTrend() {
		var fixtures = new Fixtures(jdbc);
		String key = Fixtures.uniqueKey("D");
		UUID product = fixtures.product(key);
		fixtures.item(product, key, key + "-1", "T1", new BigDecimal("3"), "READY", "a");
		jdbc.sql("insert into alignment_snapshot values (:day, :key, 9, 9, 9, 9)")
			.param("day", LocalDate.now(ZoneOffset.UTC).minusDays(DailySnapshots.KEPT_DAYS + 1))
			.param("key", key)
			.update();

		snapshots.takeToday();
		snapshots.takeToday();

		var rows = jdbc.sql("select day, items, effort from alignment_snapshot where product_key = :key")
			.param("key", key).query().listOfRows();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("day")).hasToString(LocalDate.now(ZoneOffset.UTC).toString());
			assertThat(row.get("items")).isEqualTo(1);
			assertThat((BigDecimal) row.get("effort")).isEqualByComparingTo("3");
		});
		String owner = tokens.forUser("olga").realmRoles("product-owner").products(key).mint();
		Map<?, ?> portfolio = body(new AlignmentClient(port).get("/api/alignment/portfolio", owner), 200);
		assertThat((List<?>) portfolio.get("trend")).singleElement().asString().contains("items=1", "byCount=0");
	}

	@Test
	void gaugesShowEachProductsAlignmentByKeyNeverById() {
		var fixtures = new Fixtures(jdbc);
		String key = Fixtures.uniqueKey("G");
		UUID product = fixtures.product(key);
		UUID objective = fixtures.goal("OBJECTIVE", null, null, null, "Grow", "ACTIVE", null);
		UUID theme = fixtures.goal("THEME", objective, null, null, "Theme " + key, "ACTIVE", new BigDecimal("0.4"));
		// the product's own target for the theme (its goal's share), not the theme's portfolio-wide one
		fixtures.goal("PRODUCT_GOAL", theme, product, key, "Uncovered", "ACTIVE", new BigDecimal("0.25"));
		fixtures.item(product, key, key + "-1", "T1", new BigDecimal("3"), "READY", "a");

		metrics.refresh();

		String scrape = new AlignmentClient(managementPort).get("/actuator/prometheus", null).getBody();
		assertThat(scrape).contains("refinery_alignment_ratio{application=\"alignment-service\",basis=\"count\",product=\""
				+ key + "\"} 0.0")
			.contains("refinery_alignment_uncovered_goals{application=\"alignment-service\",product=\"" + key + "\"} 1.0")
			.contains("refinery_alignment_unaligned_top{application=\"alignment-service\",product=\"" + key + "\"} 1.0")
			.contains("refinery_alignment_investment_drift{application=\"alignment-service\",product=\"" + key
					+ "\",theme=\"Theme " + key + "\"} -0.25")
			.doesNotContain(product.toString());
	}

	private static Map<?, ?> figuresOf(String productKey, Map<?, ?> portfolio) {
		return ((List<?>) portfolio.get("products")).stream()
			.map(p -> (Map<?, ?>) p)
			.filter(p -> productKey.equals(p.get("productKey")))
			.findFirst()
			.orElseThrow();
	}

	private static List<Object> productKeys(Map<?, ?> portfolio) {
		return ((List<?>) portfolio.get("products")).stream().<Object>map(p -> ((Map<?, ?>) p).get("productKey")).toList();
	}

}
