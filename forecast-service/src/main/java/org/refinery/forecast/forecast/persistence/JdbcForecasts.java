package org.refinery.forecast.forecast.persistence;

import org.refinery.forecast.forecast.BaselineSummary;
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
		nameP85s(forecast);
	}

	/**
	 * Keeps calibration's facts: per item, its P85 due date, taken from the body just stored (one
	 * forecast's worth of work, whatever is stored besides).
	 */
	private void nameP85s(Forecast forecast) {
		jdbc.sql("""
				insert into forecast_p85 (product_key, item_id, due, last_named_at)
				select :key, item_id, due, :at from (
				  select (i ->> 'itemId')::uuid as item_id,
				         (f.body -> 'periods' -> ((i ->> 'p85')::int - 1) ->> 'end')::date as due
				  from forecast f cross join lateral jsonb_array_elements(f.body -> 'items') i
				  where f.id = :id and (i ->> 'p85')::int >= 1) named
				where due is not null
				group by item_id, due
				on conflict (product_key, item_id, due) do update
				  set last_named_at = greatest(forecast_p85.last_named_at, excluded.last_named_at)""")
			.param("key", forecast.productKey())
			.param("at", Timestamp.from(forecast.generatedAt()))
			.param("id", forecast.id())
			.update();
		nameOtherDues(forecast);
	}

	/** The same for P50 and P95, which calibration judges beside P85. */
	private void nameOtherDues(Forecast forecast) {
		jdbc.sql("""
				insert into forecast_due (product_key, item_id, percentile, due, last_named_at)
				select :key, item_id, percentile, due, :at from (
				  select (i ->> 'itemId')::uuid as item_id, p.percentile,
				         (f.body -> 'periods' -> ((i ->> ('p' || p.percentile))::int - 1) ->> 'end')::date as due
				  from forecast f cross join lateral jsonb_array_elements(f.body -> 'items') i
				       cross join (values (50), (95)) p(percentile)
				  where f.id = :id and (i ->> ('p' || p.percentile))::int >= 1) named
				where due is not null
				group by item_id, percentile, due
				on conflict (product_key, item_id, percentile, due) do update
				  set last_named_at = greatest(forecast_due.last_named_at, excluded.last_named_at)""")
			.param("key", forecast.productKey())
			.param("at", Timestamp.from(forecast.generatedAt()))
			.param("id", forecast.id())
			.update();
	}

	@Override
	public List<P85Due> dueBefore(String productKey, int percentile, LocalDate day, Instant madeSince) {
		if (percentile == 85) {
			return p85DueBefore(productKey, day, madeSince);
		}
		return jdbc.sql("""
				select distinct on (item_id) item_id, due, last_named_at from forecast_due
				where product_key = :key and percentile = :percentile and last_named_at >= :since and due < :day
				order by item_id, last_named_at desc""")
			.param("key", productKey)
			.param("percentile", percentile)
			.param("day", day)
			.param("since", Timestamp.from(madeSince))
			.query((rs, n) -> new P85Due(rs.getObject("item_id", UUID.class), rs.getObject("due", LocalDate.class),
					rs.getTimestamp("last_named_at").toInstant()))
			.list();
	}

	/**
	 * From the compact facts, not the forecasts: per item the past due date named last within the
	 * window, which is the due date of its latest forecast whose due date is past.
	 */
	@Override
	public List<P85Due> p85DueBefore(String productKey, LocalDate day, Instant madeSince) {
		return jdbc.sql("""
				select distinct on (item_id) item_id, due, last_named_at from forecast_p85
				where product_key = :key and last_named_at >= :since and due < :day
				order by item_id, last_named_at desc""")
			.param("key", productKey)
			.param("day", day)
			.param("since", Timestamp.from(madeSince))
			.query((rs, n) -> new P85Due(rs.getObject("item_id", UUID.class), rs.getObject("due", LocalDate.class),
					rs.getTimestamp("last_named_at").toInstant()))
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
		// Facts no forecast within the retention named any more: calibration would not read them.
		jdbc.sql("delete from forecast_p85 where last_named_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
		jdbc.sql("delete from forecast_due where last_named_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
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

	@Override
	public List<BaselineSummary> made(String productKey, Instant from, Instant to, int offset, int limit) {
		return jdbc.sql("""
				select body::text from forecast
				where product_key = :key and generated_at >= :from and generated_at < :to
				order by generated_at desc offset :offset limit :limit""")
			.param("key", productKey)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("offset", offset)
			.param("limit", limit)
			.query(String.class)
			.list()
			.stream()
			.map(body -> BaselineSummary.of(json.readValue(body, Forecast.class)))
			.toList();
	}

	@Override
	public long countMade(String productKey, Instant from, Instant to) {
		return jdbc.sql("select count(*) from forecast where product_key = :key and generated_at >= :from "
				+ "and generated_at < :to")
			.param("key", productKey)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(Long.class)
			.single();
	}

	@Override
	public List<String> productsWithoutBaselineSince(Instant since) {
		return jdbc.sql("""
				select distinct p.key from known_product p
				where not exists (select 1 from forecast f where f.product_key = p.key and f.generated_at >= :since)
				order by p.key""")
			.param("since", Timestamp.from(since))
			.query(String.class)
			.list();
	}

	/** Keeps, per product and ISO week, the baseline made last; the latest of a product is always such a one. */
	@Override
	public int thinBefore(Instant cutoff) {
		return jdbc.sql("""
				delete from forecast f
				where f.generated_at < :cutoff and exists (select 1 from forecast later
				  where later.product_key = f.product_key and later.generated_at > f.generated_at
				    and date_trunc('week', later.generated_at at time zone 'UTC')
				      = date_trunc('week', f.generated_at at time zone 'UTC'))""")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
