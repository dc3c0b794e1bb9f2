package org.refinery.backlog.health.persistence;

import org.refinery.backlog.health.ForecastSpread;
import org.refinery.backlog.health.Forecasts;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;

@Repository
class JdbcForecasts implements Forecasts {

	private final JdbcClient jdbc;

	JdbcForecasts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean keepLatest(UUID productId, UUID forecastId, Instant generatedAt, ForecastSpread spread) {
		return jdbc.sql("insert into forecast_view (product_id, forecast_id, generated_at, median_spread, items) "
				+ "values (:product, :forecast, :at, :spread, :items) on conflict (product_id) do update set "
				+ "forecast_id = excluded.forecast_id, generated_at = excluded.generated_at, "
				+ "median_spread = excluded.median_spread, items = excluded.items "
				+ "where forecast_view.generated_at < excluded.generated_at")
			.param("product", productId).param("forecast", forecastId).param("at", Timestamp.from(generatedAt))
			.param("spread", new SqlParameterValue(Types.NUMERIC, spread == null ? null : spread.medianSpread()))
			.param("items", spread == null ? 0 : spread.items())
			.update() > 0;
	}

}
