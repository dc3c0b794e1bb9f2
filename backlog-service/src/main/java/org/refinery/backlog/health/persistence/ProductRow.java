package org.refinery.backlog.health.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A product as the health queries need it: its id, key and cadence. */
record ProductRow(UUID id, String key, int periodDays, LocalDate firstPeriod) {

	static final String SELECT = "select id, key, delivery_mode, sprint_length_days, release_length_days, "
			+ "first_period_start from product";

	static final String PERIOD = "floor((completed_at::date - :first) / :len::numeric)::bigint";

	static ProductRow of(java.sql.ResultSet row) throws java.sql.SQLException {
		return new ProductRow(row.getObject("id", UUID.class), row.getString("key"),
				"SCALED_SCRUM".equals(row.getString("delivery_mode")) ? row.getInt("sprint_length_days")
						: row.getInt("release_length_days"),
				row.getObject("first_period_start", LocalDate.class));
	}

	/** Points finished per completed period, the last {@code periods} of them, zeros included. */
	List<BigDecimal> series(Map<Long, BigDecimal> donePerPeriod, int periods) {
		long current = Math.floorDiv(ChronoUnit.DAYS.between(firstPeriod, LocalDate.now()), periodDays);
		List<BigDecimal> series = new ArrayList<>();
		for (long period = Math.max(0, current - periods); period < current; period++) {
			series.add(donePerPeriod.getOrDefault(period, BigDecimal.ZERO));
		}
		return series;
	}

}
