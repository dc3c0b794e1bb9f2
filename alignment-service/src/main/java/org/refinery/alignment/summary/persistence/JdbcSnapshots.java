package org.refinery.alignment.summary.persistence;

import org.refinery.alignment.summary.Snapshot;
import org.refinery.alignment.summary.Snapshots;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Repository
class JdbcSnapshots implements Snapshots {

	private static final String BACKFILL = "insert into alignment_snapshot (day, product_key, items, aligned_items, "
			+ "effort, aligned_effort, backfilled) values (?, ?, ?, ?, ?, ?, true) on conflict (day, product_key) do update "
			+ "set items = excluded.items, aligned_items = excluded.aligned_items, effort = excluded.effort, "
			+ "aligned_effort = excluded.aligned_effort where alignment_snapshot.backfilled";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JdbcSnapshots(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void put(Snapshot snapshot) {
		jdbc.sql("insert into alignment_snapshot (day, product_key, items, aligned_items, effort, aligned_effort) "
				+ "values (:day, :product, :items, :aligned, :effort, :alignedEffort) on conflict (day, product_key) "
				+ "do update set items = excluded.items, aligned_items = excluded.aligned_items, "
				+ "effort = excluded.effort, aligned_effort = excluded.aligned_effort, backfilled = false")
			.param("day", snapshot.day())
			.param("product", snapshot.productKey())
			.param("items", snapshot.items())
			.param("aligned", snapshot.alignedItems())
			.param("effort", snapshot.effort())
			.param("alignedEffort", snapshot.alignedEffort())
			.update();
	}

	@Override
	public void putBackfilled(List<Snapshot> backfilled) {
		batch.batchUpdate(BACKFILL, backfilled, 500, (statement, snapshot) -> {
			statement.setObject(1, snapshot.day());
			statement.setString(2, snapshot.productKey());
			statement.setInt(3, snapshot.items());
			statement.setInt(4, snapshot.alignedItems());
			statement.setBigDecimal(5, snapshot.effort());
			statement.setBigDecimal(6, snapshot.alignedEffort());
		});
	}

	@Override
	public List<Snapshot> since(LocalDate from, Set<String> productKeys) {
		if (productKeys != null && productKeys.isEmpty()) {
			return List.of();
		}
		String filter = productKeys == null ? "" : " and product_key in (:products)";
		var statement = jdbc.sql("select * from alignment_snapshot where day >= :from" + filter
				+ " order by day, product_key").param("from", from);
		if (productKeys != null) {
			statement = statement.param("products", productKeys);
		}
		return statement.query((row, number) -> new Snapshot(row.getObject("day", LocalDate.class),
				row.getString("product_key"), row.getInt("items"), row.getInt("aligned_items"),
				row.getBigDecimal("effort"), row.getBigDecimal("aligned_effort"), row.getBoolean("backfilled")))
			.list();
	}

	@Override
	public int deleteBefore(LocalDate oldest) {
		return jdbc.sql("delete from alignment_snapshot where day < :oldest").param("oldest", oldest).update();
	}

}
