package org.refinery.alignment.summary.persistence;

import org.refinery.alignment.summary.Snapshot;
import org.refinery.alignment.summary.Snapshots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Repository
class JdbcSnapshots implements Snapshots {

	private final JdbcClient jdbc;

	JdbcSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(Snapshot snapshot) {
		jdbc.sql("insert into alignment_snapshot (day, product_key, items, aligned_items, effort, aligned_effort) "
				+ "values (:day, :product, :items, :aligned, :effort, :alignedEffort) on conflict (day, product_key) "
				+ "do update set items = excluded.items, aligned_items = excluded.aligned_items, "
				+ "effort = excluded.effort, aligned_effort = excluded.aligned_effort")
			.param("day", snapshot.day())
			.param("product", snapshot.productKey())
			.param("items", snapshot.items())
			.param("aligned", snapshot.alignedItems())
			.param("effort", snapshot.effort())
			.param("alignedEffort", snapshot.alignedEffort())
			.update();
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
				row.getBigDecimal("effort"), row.getBigDecimal("aligned_effort")))
			.list();
	}

	@Override
	public int deleteBefore(LocalDate oldest) {
		return jdbc.sql("delete from alignment_snapshot where day < :oldest").param("oldest", oldest).update();
	}

}
