package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.ForecastSpread;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * The health figures that come from other services' events, read from the read models the
 * backlog keeps of them, joined with the backlog's own items and ranks.
 */
class ReadModelFigures {

	private static final String OPEN_DEPENDENCY = "d.status in ('IDENTIFIED', 'ACKNOWLEDGED')";

	private static final String OPEN_ITEM = "status not in ('DONE', 'REMOVED')";

	private final JdbcClient jdbc;

	ReadModelFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An item of the top 50 that serves a goal that is active (or not yet known). */
	static final String ALIGNED = "exists (select 1 from goal_link_view l left join goal_view g on g.id = l.goal_id "
			+ "where l.item_id = top.id and l.active and coalesce(g.status, 'ACTIVE') = 'ACTIVE')";

	/** Open dependencies of the product's open items, and how many of them are 30 days or older. */
	long[] dependencies(UUID product) {
		return jdbc.sql(dependenciesSql("i.product_id = :p", null))
			.param("p", product).query((row, n) -> new long[] { row.getLong(1), row.getLong(2) }).single();
	}

	/**
	 * The dependency counts of the products {@code filter} selects, grouped by {@code group} when
	 * given (its value comes first in each row).
	 */
	String dependenciesSql(String filter, String group) {
		return grouped(group, "count(*), count(*) filter (where d.identified_at < now() - interval '30 days') "
				+ "from dependency_view d join item i on i.id = d.dependent_item_id "
				+ "where " + filter + " and i." + OPEN_ITEM + " and " + OPEN_DEPENDENCY);
	}

	/**
	 * Open BLOCKS dependencies between two open items of the product, and how many of them rank
	 * the dependent above its prerequisite: planned in that order, the dependent waits.
	 */
	long[] ordering(UUID product) {
		return jdbc.sql(orderingSql("dependent.product_id = :p", null))
			.param("p", product).query((row, n) -> new long[] { row.getLong(1), row.getLong(2) }).single();
	}

	/** The ordering counts of the products {@code filter} selects, grouped like {@link #dependenciesSql}. */
	String orderingSql(String filter, String group) {
		return grouped(group, "count(*), count(*) filter (where dependent.rank < prerequisite.rank) "
				+ "from dependency_view d join item dependent on dependent.id = d.dependent_item_id "
				+ "join item prerequisite on prerequisite.id = d.prerequisite_item_id "
				+ "where " + filter + " and prerequisite.product_id = dependent.product_id and d.type = 'BLOCKS' and "
				+ OPEN_DEPENDENCY + " and dependent." + OPEN_ITEM + " and prerequisite." + OPEN_ITEM);
	}

	private static String grouped(String group, String rest) {
		return group == null ? "select " + rest : "select " + group + ", " + rest + " group by 1";
	}

	/** How many of the top 50 open items are linked to a goal that is active (or not yet known). */
	long topAligned(UUID product) {
		return jdbc.sql("select count(*) from (select id from item where product_id = :p and " + OPEN_ITEM
				+ " order by rank limit 50) top where " + ALIGNED)
			.param("p", product).query(Long.class).single();
	}

	/** The latest forecast's spread, or {@code null} without a forecast or without items in it. */
	ForecastSpread forecast(UUID product) {
		return jdbc.sql("select median_spread, items from forecast_view where product_id = :p and items > 0")
			.param("p", product)
			.query((row, n) -> new ForecastSpread(row.getDouble(1), row.getInt(2)))
			.optional()
			.orElse(null);
	}

}
