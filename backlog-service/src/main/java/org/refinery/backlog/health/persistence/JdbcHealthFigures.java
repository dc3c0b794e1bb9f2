package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.ProductFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class JdbcHealthFigures implements HealthFigures {

	private static final String OPEN = "status not in ('DONE', 'REMOVED')";

	private final JdbcClient jdbc;

	JdbcHealthFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ProductFigures> ofAllProducts(int periods) {
		return jdbc.sql("select id, key, delivery_mode, sprint_length_days, release_length_days, first_period_start "
				+ "from product order by key")
			.query((row, n) -> figures(row.getObject("id", UUID.class), row.getString("key"),
					"SCALED_SCRUM".equals(row.getString("delivery_mode")) ? row.getInt("sprint_length_days")
							: row.getInt("release_length_days"),
					row.getObject("first_period_start", LocalDate.class), periods))
			.list();
	}

	private ProductFigures figures(UUID product, String key, int periodDays, LocalDate firstPeriod, int periods) {
		Map<String, Long> byStatus = new HashMap<>();
		jdbc.sql("select status, count(*) from item where product_id = :p group by status").param("p", product)
			.query((row, n) -> byStatus.put(row.getString(1), row.getLong(2))).list();
		BigDecimal ready = jdbc.sql("select coalesce(sum(estimate), 0) from item where product_id = :p "
				+ "and status = 'READY'").param("p", product).query(BigDecimal.class).single();
		var top = jdbc.sql("select count(*) filter (where ready), count(*) from (select ready from item "
				+ "where product_id = :p and " + OPEN + " order by rank limit 50) top").param("p", product)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) }).single();
		Map<String, Long> stale = new HashMap<>();
		jdbc.sql("select coalesce(team_key, 'none'), count(*) from item where product_id = :p and " + OPEN
				+ " and updated_at < now() - interval '30 days' group by 1").param("p", product)
			.query((row, n) -> stale.put(row.getString(1), row.getLong(2))).list();
		long days = jdbc.sql("select coalesce(extract(day from now() - max(starts_at))::bigint, -1) "
				+ "from refinement_session where product_id = :p and starts_at <= now()").param("p", product)
			.query(Long.class).single();
		long represented = jdbc.sql("select count(distinct team_key) from session_participant where session_id in "
				+ "(select id from refinement_session where product_id = :p and starts_at <= now() "
				+ "order by starts_at desc limit 3)").param("p", product).query(Long.class).single();
		long teams = jdbc.sql("select count(*) from team where product_id = :p").param("p", product)
			.query(Long.class).single();
		return new ProductFigures(key, byStatus, ready, donePerPeriod(product, periodDays, firstPeriod, periods),
				top[0], top[1], stale, days, represented, teams);
	}

	/** Points finished per completed period, the last {@code periods} of them, zeros included. */
	private List<BigDecimal> donePerPeriod(UUID product, int periodDays, LocalDate firstPeriod, int periods) {
		long current = Math.floorDiv(ChronoUnit.DAYS.between(firstPeriod, LocalDate.now()), periodDays);
		long from = Math.max(0, current - periods);
		Map<Long, BigDecimal> done = new HashMap<>();
		jdbc.sql("select floor((completed_at::date - :first) / :len::numeric)::bigint as period, "
				+ "coalesce(sum(estimate), 0) from item where product_id = :p and status = 'DONE' "
				+ "and completed_at is not null group by 1")
			.param("first", firstPeriod).param("len", periodDays).param("p", product)
			.query((row, n) -> done.put(row.getLong(1), row.getBigDecimal(2))).list();
		List<BigDecimal> series = new ArrayList<>();
		for (long period = from; period < current; period++) {
			series.add(done.getOrDefault(period, BigDecimal.ZERO));
		}
		return series;
	}

}
