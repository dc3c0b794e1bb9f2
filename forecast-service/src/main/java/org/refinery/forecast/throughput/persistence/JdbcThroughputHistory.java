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

	private static ThroughputSample sample(ResultSet row, int number) throws SQLException {
		return new ThroughputSample(row.getString("team_key"), row.getString("product_key"),
				row.getObject("period_start", LocalDate.class), row.getObject("period_end", LocalDate.class),
				row.getInt("items"), row.getBigDecimal("points"), SampleSource.valueOf(row.getString("source")));
	}

}
