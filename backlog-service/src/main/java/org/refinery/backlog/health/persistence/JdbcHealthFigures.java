package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.ForecastSpread;
import org.refinery.backlog.health.HealthFacts;
import org.refinery.backlog.health.HealthFigures;
import org.refinery.backlog.health.ProductFigures;
import org.refinery.backlog.health.TeamFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcHealthFigures implements HealthFigures {

	static final String OPEN = "status not in ('DONE', 'REMOVED')";

	/**
	 * Sessions that count as refinement: not called off, and not closed as one team alone (a
	 * session not yet closed counts from its start, as before).
	 */
	static final String REFINED = "status <> 'CANCELLED' and coalesce(cross_team, true)";

	private final JdbcClient jdbc;

	private final ReadModelFigures readModels;

	private final JdbcTeamFigures teams;

	private final BatchedFigures batched;

	JdbcHealthFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.readModels = new ReadModelFigures(jdbc);
		this.teams = new JdbcTeamFigures(jdbc);
		this.batched = new BatchedFigures(jdbc, readModels);
	}

	@Override
	public List<HealthFacts> ofAllProducts(int periods) {
		return products(null).stream().map(product -> facts(product, periods)).toList();
	}

	@Override
	public Optional<HealthFacts> ofProduct(UUID productId, int periods) {
		return products(productId).stream().findFirst().map(p -> facts(p, periods));
	}

	@Override
	public List<HealthFacts> ofProducts(Collection<UUID> productIds, int periods) {
		return batched.of(productIds, periods);
	}

	@Override
	public List<TeamFigures> ofAllTeams(int periods) {
		return products(null).stream().flatMap(product -> teams.of(product, periods).stream()).toList();
	}

	/** Every product, or only the one with id {@code only}. */
	private List<ProductRow> products(UUID only) {
		var sql = jdbc.sql(ProductRow.SELECT + (only == null ? "" : " where id = :id") + " order by key");
		return (only == null ? sql : sql.param("id", only)).query((row, n) -> ProductRow.of(row)).list();
	}

	private HealthFacts facts(ProductRow product, int periods) {
		ProductFigures figures = figures(product, periods);
		long[] dependencies = readModels.dependencies(product.id());
		long[] ordering = readModels.ordering(product.id());
		ForecastSpread forecast = readModels.forecast(product.id());
		return new HealthFacts(figures, product.periodDays(), dependencies[0], dependencies[1], ordering[0],
				ordering[1], readModels.topAligned(product.id()), forecast);
	}

	private ProductFigures figures(ProductRow product, int periods) {
		UUID id = product.id();
		Map<String, Long> byStatus = new HashMap<>();
		jdbc.sql("select status, count(*) from item where product_id = :p group by status").param("p", id)
			.query((row, n) -> byStatus.put(row.getString(1), row.getLong(2))).list();
		BigDecimal ready = jdbc.sql("select coalesce(sum(estimate), 0) from item where product_id = :p "
				+ "and status = 'READY'").param("p", id).query(BigDecimal.class).single();
		var top = jdbc.sql("select count(*) filter (where ready), count(*) from (select ready from item "
				+ "where product_id = :p and " + OPEN + " order by rank limit 50) top").param("p", id)
			.query((row, n) -> new long[] { row.getLong(1), row.getLong(2) }).single();
		Map<String, Long> stale = new HashMap<>();
		// Every team gets a series, 0 included: an alert on stale items needs the series to exist.
		jdbc.sql("select key from team where product_id = :p").param("p", id).query(String.class).list()
			.forEach(team -> stale.put(team, 0L));
		jdbc.sql("select coalesce(team_key, 'none'), count(*) from item where product_id = :p and " + OPEN
				+ " and updated_at < now() - interval '30 days' group by 1").param("p", id)
			.query((row, n) -> stale.put(row.getString(1), row.getLong(2))).list();
		long days = jdbc.sql("select coalesce(extract(day from now() - max(starts_at))::bigint, -1) "
				+ "from refinement_session where product_id = :p and starts_at <= now() and " + REFINED).param("p", id)
			.query(Long.class).single();
		long represented = jdbc.sql("select count(distinct team_key) from session_participant where session_id in "
				+ "(select id from refinement_session where product_id = :p and starts_at <= now() and " + REFINED
				+ " order by starts_at desc limit 3)").param("p", id).query(Long.class).single();
		long teamCount = jdbc.sql("select count(*) from team where product_id = :p").param("p", id)
			.query(Long.class).single();
		return new ProductFigures(product.key(), byStatus, ready, product.series(done(product), periods), top[0],
				top[1], stale, days, represented, teamCount);
	}

	private Map<Long, BigDecimal> done(ProductRow product) {
		Map<Long, BigDecimal> done = new HashMap<>();
		jdbc.sql("select " + ProductRow.PERIOD + ", coalesce(sum(estimate), 0) from item where product_id = :p "
				+ "and status = 'DONE' and completed_at is not null group by 1")
			.param("first", product.firstPeriod()).param("len", product.periodDays()).param("p", product.id())
			.query((row, n) -> done.put(row.getLong(1), row.getBigDecimal(2))).list();
		return done;
	}

}
