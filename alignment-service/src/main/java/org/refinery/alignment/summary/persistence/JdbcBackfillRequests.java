package org.refinery.alignment.summary.persistence;

import org.refinery.alignment.summary.BackfillRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;

@Repository
class JdbcBackfillRequests implements BackfillRequests {

	private final JdbcClient jdbc;

	JdbcBackfillRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean request(String productKey, Duration settling) {
		jdbc.sql("insert into trend_backfill (product_key, first_seen_at, pending) values (:key, now(), true) "
				+ "on conflict (product_key) do update set pending = true "
				+ "where not trend_backfill.pending and trend_backfill.first_seen_at > now() - :settling * interval '1 second'")
			.param("key", productKey)
			.param("settling", settling.toSeconds())
			.update();
		return jdbc.sql("select first_seen_at > now() - :settling * interval '1 second' from trend_backfill "
				+ "where product_key = :key")
			.param("key", productKey)
			.param("settling", settling.toSeconds())
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	@Override
	public Optional<String> takeNext() {
		// skip locked: replicas take different products, and none waits for another's back-fill
		return jdbc.sql("update trend_backfill set pending = false, done_at = now() where product_key = (select "
				+ "product_key from trend_backfill where pending order by first_seen_at, product_key limit 1 "
				+ "for update skip locked) returning product_key")
			.query(String.class)
			.optional();
	}

}
