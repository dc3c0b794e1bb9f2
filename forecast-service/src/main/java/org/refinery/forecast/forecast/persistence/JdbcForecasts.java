package org.refinery.forecast.forecast.persistence;

import org.refinery.forecast.forecast.Forecast;
import org.refinery.forecast.forecast.Forecasts;
import org.refinery.forecast.forecast.P85Due;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcForecasts implements Forecasts {

	private static final int DELETE_BATCH = 500;

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

	/**
	 * Reads the P85 of the window's forecasts' items straight from their JSON; the latest per item
	 * wins. The window is a range of forecast_latest, so older forecasts are not even read.
	 */
	@Override
	public List<P85Due> p85DueBefore(String productKey, LocalDate day, Instant madeSince) {
		return jdbc.sql("""
				select distinct on (item_id) item_id, due, generated_at from (
				  select (i ->> 'itemId')::uuid as item_id, f.generated_at,
				         (f.body -> 'periods' -> ((i ->> 'p85')::int - 1) ->> 'end')::date as due
				  from forecast f cross join lateral jsonb_array_elements(f.body -> 'items') i
				  where f.product_key = :key and f.generated_at >= :since and (i ->> 'p85')::int >= 1) p85
				where due < :day
				order by item_id, generated_at desc""")
			.param("key", productKey)
			.param("day", day)
			.param("since", Timestamp.from(madeSince))
			.query((rs, n) -> new P85Due(rs.getObject("item_id", UUID.class), rs.getObject("due", LocalDate.class),
					rs.getTimestamp("generated_at").toInstant()))
			.list();
	}

	/**
	 * In batches, so that no single transaction holds many large forecasts; oldest first, and
	 * never a product's latest (no later one of the same product exists).
	 */
	@Override
	public int deleteMadeBefore(Instant cutoff) {
		int deleted = 0;
		int batch;
		do {
			batch = jdbc.sql("""
					delete from forecast where id in (
					  select f.id from forecast f
					  where f.generated_at < :cutoff and exists (select 1 from forecast later
					    where later.product_key = f.product_key and later.generated_at > f.generated_at)
					  order by f.generated_at limit :batch)""")
				.param("cutoff", Timestamp.from(cutoff))
				.param("batch", DELETE_BATCH)
				.update();
			deleted += batch;
		}
		while (batch == DELETE_BATCH);
		return deleted;
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
