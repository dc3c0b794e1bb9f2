package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.ForecastSpread;
import org.refinery.backlog.health.HealthFacts;
import org.refinery.backlog.health.ProductFigures;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.refinery.backlog.health.persistence.JdbcHealthFigures.OPEN;
import static org.refinery.backlog.health.persistence.JdbcHealthFigures.REFINED;

/**
 * The health facts of many products at once: each figure that {@link JdbcHealthFigures} reads
 * for one product is read here for all of them with one query grouped by product, so that the
 * cost of a portfolio grows with its items, not with a dozen round trips per product. The rules
 * are the same as the single product's; an IT holds both to the same answers.
 */
class BatchedFigures {

	private static final String IN = "product_id in (:ids)";

	/** The product's period length, as {@link ProductRow#of} chooses it. */
	private static final String LENGTH = "(case when p.delivery_mode = 'SCALED_SCRUM' then p.sprint_length_days "
			+ "else p.release_length_days end)";

	/** The top 50 open items of each product, by rank. */
	private static final String TOP = "select id, product_id, ready from (select id, product_id, ready, "
			+ "row_number() over (partition by product_id order by rank) as n from item where " + IN + " and " + OPEN
			+ ") ranked where n <= 50";

	private final JdbcClient jdbc;

	private final ReadModelFigures readModels;

	BatchedFigures(JdbcClient jdbc, ReadModelFigures readModels) {
		this.jdbc = jdbc;
		this.readModels = readModels;
	}

	List<HealthFacts> of(Collection<UUID> ids, int periods) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<ProductRow> products = jdbc.sql(ProductRow.SELECT + " where id in (:ids) order by key").param("ids", ids)
			.query((row, n) -> ProductRow.of(row)).list();
		Map<UUID, Map<String, Long>> byStatus = nested("select product_id, status, count(*) from item where " + IN
				+ " group by 1, 2", ids);
		Map<UUID, BigDecimal> ready = decimals("select product_id, coalesce(sum(estimate), 0) from item where " + IN
				+ " and status = 'READY' group by 1", ids);
		Map<UUID, long[]> top = pairs("select product_id, count(*) filter (where ready), count(*) from (" + TOP
				+ ") top group by 1", ids);
		Map<UUID, Map<String, Long>> stale = stale(ids);
		Map<UUID, Long> teams = longs("select product_id, count(*) from team where " + IN + " group by 1", ids);
		Map<UUID, Long> days = longs("select product_id, extract(day from now() - max(starts_at))::bigint "
				+ "from refinement_session where " + IN + " and starts_at <= now() and " + REFINED + " group by 1", ids);
		Map<UUID, Long> represented = longs("select s.product_id, count(distinct sp.team_key) from session_participant "
				+ "sp join (select id, product_id, row_number() over (partition by product_id order by starts_at desc) "
				+ "as n from refinement_session where " + IN + " and starts_at <= now() and " + REFINED + ") s "
				+ "on s.id = sp.session_id where s.n <= 3 group by 1", ids);
		Map<UUID, Map<Long, BigDecimal>> done = done(ids);
		ReadModels read = readModels(ids);
		return products.stream().map(p -> {
			UUID id = p.id();
			var figures = new ProductFigures(p.key(), byStatus.getOrDefault(id, Map.of()),
					ready.getOrDefault(id, BigDecimal.ZERO), p.series(done.getOrDefault(id, Map.of()), periods),
					top.getOrDefault(id, new long[2])[0], top.getOrDefault(id, new long[2])[1],
					stale.getOrDefault(id, Map.of()), days.getOrDefault(id, -1L), represented.getOrDefault(id, 0L),
					teams.getOrDefault(id, 0L));
			long[] dependencies = read.dependencies().getOrDefault(id, new long[2]);
			long[] ordering = read.ordering().getOrDefault(id, new long[2]);
			return new HealthFacts(figures, p.periodDays(), dependencies[0], dependencies[1], ordering[0], ordering[1],
					read.topAligned().getOrDefault(id, 0L), read.forecasts().get(id));
		}).toList();
	}

	/** Every team gets a count, 0 included, as the single product's figures have it. */
	private Map<UUID, Map<String, Long>> stale(Collection<UUID> ids) {
		Map<UUID, Map<String, Long>> stale = new HashMap<>();
		jdbc.sql("select product_id, key from team where " + IN).param("ids", ids)
			.query((row, n) -> stale.computeIfAbsent(row.getObject(1, UUID.class), p -> new HashMap<>())
				.put(row.getString(2), 0L))
			.list();
		nested("select product_id, coalesce(team_key, 'none'), count(*) from item where " + IN + " and " + OPEN
				+ " and updated_at < now() - interval '30 days' group by 1, 2", ids)
			.forEach((product, counts) -> stale.computeIfAbsent(product, p -> new HashMap<>()).putAll(counts));
		return stale;
	}

	private Map<UUID, Map<Long, BigDecimal>> done(Collection<UUID> ids) {
		Map<UUID, Map<Long, BigDecimal>> done = new HashMap<>();
		jdbc.sql("select i.product_id, floor((i.completed_at::date - p.first_period_start) / " + LENGTH
				+ "::numeric)::bigint, coalesce(sum(i.estimate), 0) from item i join product p on p.id = i.product_id "
				+ "where i.product_id in (:ids) and i.status = 'DONE' and i.completed_at is not null group by 1, 2")
			.param("ids", ids)
			.query((row, n) -> done.computeIfAbsent(row.getObject(1, UUID.class), p -> new HashMap<>())
				.put(row.getLong(2), row.getBigDecimal(3)))
			.list();
		return done;
	}

	/** The figures from other services' read models, grouped by product. */
	private record ReadModels(Map<UUID, long[]> dependencies, Map<UUID, long[]> ordering, Map<UUID, Long> topAligned,
			Map<UUID, ForecastSpread> forecasts) {
	}

	private ReadModels readModels(Collection<UUID> ids) {
		Map<UUID, ForecastSpread> forecasts = new HashMap<>();
		jdbc.sql("select product_id, median_spread, items from forecast_view where " + IN + " and items > 0")
			.param("ids", ids)
			.query((row, n) -> forecasts.put(row.getObject(1, UUID.class),
					new ForecastSpread(row.getDouble(2), row.getInt(3))))
			.list();
		return new ReadModels(pairs(readModels.dependenciesSql("i.product_id in (:ids)", "i.product_id"), ids),
				pairs(readModels.orderingSql("dependent.product_id in (:ids)", "dependent.product_id"), ids),
				longs("select product_id, count(*) from (" + TOP + ") top where " + ReadModelFigures.ALIGNED
						+ " group by 1", ids),
				forecasts);
	}

	private Map<UUID, Map<String, Long>> nested(String sql, Collection<UUID> ids) {
		Map<UUID, Map<String, Long>> values = new HashMap<>();
		jdbc.sql(sql).param("ids", ids)
			.query((row, n) -> values.computeIfAbsent(row.getObject(1, UUID.class), p -> new HashMap<>())
				.put(row.getString(2), row.getLong(3)))
			.list();
		return values;
	}

	private Map<UUID, long[]> pairs(String sql, Collection<UUID> ids) {
		Map<UUID, long[]> values = new HashMap<>();
		jdbc.sql(sql).param("ids", ids)
			.query((row, n) -> values.put(row.getObject(1, UUID.class), new long[] { row.getLong(2), row.getLong(3) }))
			.list();
		return values;
	}

	private Map<UUID, Long> longs(String sql, Collection<UUID> ids) {
		Map<UUID, Long> values = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query((row, n) -> values.put(row.getObject(1, UUID.class), row.getLong(2)))
			.list();
		return values;
	}

	private Map<UUID, BigDecimal> decimals(String sql, Collection<UUID> ids) {
		Map<UUID, BigDecimal> values = new HashMap<>();
		jdbc.sql(sql).param("ids", ids)
			.query((row, n) -> values.put(row.getObject(1, UUID.class), row.getBigDecimal(2)))
			.list();
		return values;
	}

}
