package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.TeamFigures;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The per-team figures of one product, each read with one grouped query. Items without an owning
 * team count under {@code none}, so that the team figures add up to the product's.
 */
class JdbcTeamFigures {

	private static final String TEAM = "coalesce(team_key, 'none')";

	private final JdbcClient jdbc;

	JdbcTeamFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<TeamFigures> of(ProductRow product, int periods) {
		var teams = new TreeSet<>(jdbc.sql("select key from team where product_id = :p").param("p", product.id())
			.query(String.class).list());
		Map<String, Map<String, Long>> byStatus = new HashMap<>();
		jdbc.sql("select " + TEAM + ", status, count(*) from item where product_id = :p group by 1, 2")
			.param("p", product.id())
			.query((row, n) -> byStatus.computeIfAbsent(row.getString(1), t -> new HashMap<>())
				.put(row.getString(2), row.getLong(3)))
			.list();
		teams.addAll(byStatus.keySet());
		Map<String, BigDecimal> ready = grouped("select " + TEAM + ", coalesce(sum(estimate), 0) from item "
				+ "where product_id = :p and status = 'READY' group by 1", product);
		Map<String, long[]> top = top(product);
		Map<String, Long> represented = new HashMap<>();
		jdbc.sql("select sp.team_key, extract(day from now() - max(s.starts_at))::bigint from session_participant sp "
				+ "join refinement_session s on s.id = sp.session_id where s.product_id = :p and s.starts_at <= now() "
				+ "and s.status <> 'CANCELLED' and coalesce(s.cross_team, true) group by 1")
			.param("p", product.id()).query((row, n) -> represented.put(row.getString(1), row.getLong(2))).list();
		Map<String, Map<Long, BigDecimal>> done = done(product);
		return teams.stream()
			.map(team -> new TeamFigures(product.key(), team, byStatus.getOrDefault(team, Map.of()),
					ready.getOrDefault(team, BigDecimal.ZERO),
					product.series(done.getOrDefault(team, Map.of()), periods),
					top.getOrDefault(team, new long[2])[0], top.getOrDefault(team, new long[2])[1],
					represented.getOrDefault(team, -1L)))
			.toList();
	}

	/** Per team, how many of its top 50 open items are ready, and how many were looked at. */
	private Map<String, long[]> top(ProductRow product) {
		Map<String, long[]> top = new HashMap<>();
		jdbc.sql("select team, count(*) filter (where ready), count(*) from (select " + TEAM + " as team, ready, "
				+ "row_number() over (partition by team_key order by rank) as n from item where product_id = :p "
				+ "and status not in ('DONE', 'REMOVED')) ranked where n <= 50 group by 1")
			.param("p", product.id())
			.query((row, n) -> top.put(row.getString(1), new long[] { row.getLong(2), row.getLong(3) }))
			.list();
		return top;
	}

	private Map<String, Map<Long, BigDecimal>> done(ProductRow product) {
		Map<String, Map<Long, BigDecimal>> done = new HashMap<>();
		jdbc.sql("select " + TEAM + ", " + ProductRow.PERIOD + ", coalesce(sum(estimate), 0) from item "
				+ "where product_id = :p and status = 'DONE' and completed_at is not null group by 1, 2")
			.param("first", product.firstPeriod()).param("len", product.periodDays()).param("p", product.id())
			.query((row, n) -> done.computeIfAbsent(row.getString(1), t -> new HashMap<>())
				.put(row.getLong(2), row.getBigDecimal(3)))
			.list();
		return done;
	}

	private Map<String, BigDecimal> grouped(String sql, ProductRow product) {
		Map<String, BigDecimal> values = new HashMap<>();
		jdbc.sql(sql).param("p", product.id()).query((row, n) -> values.put(row.getString(1), row.getBigDecimal(2)))
			.list();
		return values;
	}

}
