package org.refinery.forecast.backlog.persistence;

import org.refinery.forecast.backlog.Blocker;
import org.refinery.forecast.backlog.Blockers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

@Repository
class JdbcBlockers implements Blockers {

	private final JdbcClient jdbc;

	JdbcBlockers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean save(Blocker blocker) {
		return jdbc.sql("insert into blocker (id, product_id, dependent_item_id, prerequisite_item_id, blocking, "
				+ "version) values (:id, :product, :dependent, :prerequisite, :blocking, :version) "
				+ "on conflict (id) do update set product_id = excluded.product_id, "
				+ "dependent_item_id = excluded.dependent_item_id, prerequisite_item_id = excluded.prerequisite_item_id, "
				+ "blocking = excluded.blocking, version = excluded.version where blocker.version < excluded.version")
			.param("id", blocker.id())
			.param("product", blocker.productId())
			.param("dependent", blocker.dependentItemId())
			.param("prerequisite", blocker.prerequisiteItemId())
			.param("blocking", blocker.blocking())
			.param("version", blocker.version())
			.update() > 0;
	}

	@Override
	public List<Blocker> blockingIn(UUID productId) {
		return jdbc.sql("select * from blocker where product_id = :product and blocking")
			.param("product", productId)
			.query(JdbcBlockers::blocker)
			.list();
	}

	private static Blocker blocker(ResultSet row, int number) throws SQLException {
		return new Blocker(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getObject("dependent_item_id", UUID.class), row.getObject("prerequisite_item_id", UUID.class),
				row.getBoolean("blocking"), row.getLong("version"));
	}

}
