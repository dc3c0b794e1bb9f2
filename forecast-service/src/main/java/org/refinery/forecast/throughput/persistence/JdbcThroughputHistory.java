package org.refinery.forecast.throughput.persistence;

import org.refinery.forecast.throughput.SampleSource;
import org.refinery.forecast.throughput.ThroughputHistory;
import org.refinery.forecast.throughput.ThroughputSample;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Repository
class JdbcThroughputHistory implements ThroughputHistory {

	private final JdbcClient jdbc;

	JdbcThroughputHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ThroughputSample> ofTeam(String teamKey, Set<String> visibleProducts) {
		if (visibleProducts != null && visibleProducts.isEmpty()) {
			return List.of();
		}
		String visible = visibleProducts == null ? "" : " and product_key in (:visible)";
		var statement = jdbc.sql("select * from throughput_sample where team_key = :team" + visible
				+ " order by period_start")
			.param("team", teamKey);
		if (visibleProducts != null) {
			statement = statement.param("visible", visibleProducts);
		}
		return statement.query(JdbcThroughputHistory::sample).list();
	}

	@Override
	public void replaceObserved(String teamKey, List<ThroughputSample> samples) {
		jdbc.sql("delete from throughput_sample where team_key = :team and source = 'OBSERVED'")
			.param("team", teamKey)
			.update();
		samples.forEach(sample -> insert(sample, " on conflict (team_key, period_start) do nothing"));
	}

	@Override
	public void replaceImported(String teamKey, List<ThroughputSample> samples) {
		jdbc.sql("delete from throughput_sample where team_key = :team and source = 'IMPORTED'")
			.param("team", teamKey)
			.update();
		samples.forEach(sample -> insert(sample, " on conflict (team_key, period_start) do update set "
				+ "product_key = excluded.product_key, period_end = excluded.period_end, items = excluded.items, "
				+ "points = excluded.points, source = excluded.source"));
	}

	private void insert(ThroughputSample sample, String onConflict) {
		jdbc.sql("insert into throughput_sample (team_key, product_key, period_start, period_end, items, points, "
				+ "source) values (:team, :product, :start, :end, :items, :points, :source)" + onConflict)
			.param("team", sample.teamKey())
			.param("product", sample.productKey())
			.param("start", sample.periodStart())
			.param("end", sample.periodEnd())
			.param("items", sample.items())
			.param("points", sample.points())
			.param("source", sample.source().name())
			.update();
	}

	private static ThroughputSample sample(ResultSet row, int number) throws SQLException {
		return new ThroughputSample(row.getString("team_key"), row.getString("product_key"),
				row.getObject("period_start", LocalDate.class), row.getObject("period_end", LocalDate.class),
				row.getInt("items"), row.getBigDecimal("points"), SampleSource.valueOf(row.getString("source")));
	}

}
