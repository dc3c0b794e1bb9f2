package org.refinery.forecast.forecast.persistence;

import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.Forecasts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Optional;

@Repository
class JdbcForecasts implements Forecasts {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcForecasts(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public void save(Forecast forecast) {
		jdbc.sql("insert into forecast (id, product_id, product_key, generated_at, body) "
				+ "values (:id, :product, :key, :at, cast(:body as jsonb))")
			.param("id", forecast.id())
			.param("product", forecast.productId())
			.param("key", forecast.productKey())
			.param("at", Timestamp.from(forecast.generatedAt()))
			.param("body", json.writeValueAsString(forecast))
			.update();
	}

	@Override
	public Optional<Forecast> latest(String productKey) {
		return jdbc.sql("select body::text from forecast where product_key = :key order by generated_at desc limit 1")
			.param("key", productKey)
			.query(String.class)
			.optional()
			.map(body -> json.readValue(body, Forecast.class));
	}

}
