package org.refinery.alignment.summary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.refinery.alignment.AlignmentClient;
import org.refinery.keycloak.test.KeycloakTokens;
import org.refinery.test.service.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark: 20 products × 10,000 items × 200 goals (60 % of items linked), the
 * product summary and the portfolio view timed over HTTP on the embedded engines. Opt-in, as it
 * seeds 200,000 items: {@code ./mvnw -pl alignment-service verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PortfolioBenchmark -Dbenchmark=true}.
 */
@ServiceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PortfolioBenchmark {

	static final int ROUNDS = 50;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void portfolioAndSummaryLatency() {
		seed();
		var http = new AlignmentClient(port);
		String pia = KeycloakTokens.shared().pia().mint();
		long[] summary = time(http, "/api/alignment/products/BN07/summary?scope=open", pia);
		long[] portfolio = time(http, "/api/alignment/portfolio", pia);
		System.out.printf("BENCHMARK summary   p50=%d ms p95=%d ms p99=%d ms%n", p(summary, 50), p(summary, 95),
				p(summary, 99));
		System.out.printf("BENCHMARK portfolio p50=%d ms p95=%d ms p99=%d ms%n", p(portfolio, 50), p(portfolio, 95),
				p(portfolio, 99));
		assertThat(p(portfolio, 99)).isLessThanOrEqualTo(Long.getLong("benchmark.portfolio.p99", 200));
	}

	private long[] time(AlignmentClient http, String uri, String token) {
		for (int i = 0; i < 5; i++) {
			assertThat(http.get(uri, token).getStatusCode().value()).isEqualTo(200);
		}
		long[] millis = new long[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			assertThat(http.get(uri, token).getStatusCode().value()).isEqualTo(200);
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static long p(long[] sorted, int percentile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
	}

	private void seed() {
		jdbc.sql("insert into product (id, key, name, version) select gen_random_uuid(), 'BN' || lpad(p::text, 2, '0'), "
				+ "'Bench ' || p, 1 from generate_series(1, 20) p").update();
		jdbc.sql("insert into backlog_item (id, product_id, product_key, key, title, team_key, estimate, status, rank, "
				+ "version) select gen_random_uuid(), pr.id, pr.key, pr.key || '-' || i, 'Item ' || i, "
				+ "pr.key || '-T' || (i % 8), case when i % 5 = 0 then null else (i % 13) + 1 end, "
				+ "case when i % 10 = 0 then 'DONE' else 'READY' end, lpad(i::text, 6, '0'), 1 "
				+ "from product pr cross join generate_series(1, 10000) i where pr.key like 'BN%'").update();
		jdbc.sql("insert into goal (id, level, title, status) values ('00000000-0000-0000-0000-00000000b000', "
				+ "'OBJECTIVE', 'Bench objective', 'ACTIVE')").update();
		jdbc.sql("insert into goal (id, level, parent_id, title, status, target_investment_share) select "
				+ "gen_random_uuid(), 'THEME', '00000000-0000-0000-0000-00000000b000', 'Bench theme ' || t, 'ACTIVE', 0.1 "
				+ "from generate_series(0, 8) t").update();
		jdbc.sql("insert into goal (id, level, parent_id, product_id, product_key, title, status) select "
				+ "gen_random_uuid(), 'PRODUCT_GOAL', th.id, pr.id, pr.key, 'PG ' || pr.key || '-' || g, 'ACTIVE' "
				+ "from product pr cross join generate_series(0, 9) g join goal th on th.title = 'Bench theme ' || (g % 9) "
				+ "where pr.key like 'BN%' and (g < 9 or pr.key <= 'BN10')").update();
		jdbc.sql("insert into goal_link (id, item_id, goal_id, product_id, product_key, rationale, contribution_weight, "
				+ "active, version, linked_by, linked_at) select gen_random_uuid(), it.id, g.id, it.product_id, "
				+ "it.product_key, 'bench', 1, true, 1, 'bench', now() from backlog_item it join goal g "
				+ "on g.product_key = it.product_key and g.title = 'PG ' || it.product_key || '-' || (it.rank::int % 9) "
				+ "where it.product_key like 'BN%' and it.rank::int % 10 < 6").update();
		jdbc.sql("analyze").update();
	}

}
