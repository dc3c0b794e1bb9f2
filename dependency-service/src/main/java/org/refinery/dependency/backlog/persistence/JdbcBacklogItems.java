package org.refinery.dependency.backlog.persistence;

import org.refinery.dependency.backlog.BacklogItem;
import org.refinery.dependency.backlog.BacklogItems;
import org.refinery.dependency.backlog.ItemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcBacklogItems implements BacklogItems {

	private static final String COLUMNS = "id, product_id, product_key, key, team_key, rank, status, estimate, version, title";

	private final JdbcClient jdbc;

	JdbcBacklogItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<BacklogItem> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from backlog_item where id = :id")
			.param("id", id)
			.query(JdbcBacklogItems::item)
			.optional();
	}

	@Override
	public List<BacklogItem> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from backlog_item where id in (:ids)")
			.param("ids", ids)
			.query(JdbcBacklogItems::item)
			.list();
	}

	@Override
	public List<BacklogItem> ofProduct(String productKey) {
		return jdbc.sql("select " + COLUMNS + " from backlog_item where product_key = :key order by rank, id")
			.param("key", productKey)
			.query(JdbcBacklogItems::item)
			.list();
	}

	@Override
	public Optional<String> productKeyOf(UUID productId) {
		return jdbc.sql("select product_key from backlog_item where product_id = :productId limit 1")
			.param("productId", productId)
			.query(String.class)
			.optional();
	}

	/** The version guard sits in the statement too, so a concurrent older write cannot win. */
	@Override
	public boolean save(BacklogItem item) {
		return jdbc.sql("insert into backlog_item (" + COLUMNS + ", updated_at) values (:id, :productId, :productKey, "
				+ ":key, :team, :rank, :status, :estimate, :version, :title, now()) on conflict (id) do update set "
				+ "product_id = excluded.product_id, product_key = excluded.product_key, key = excluded.key, "
				+ "team_key = excluded.team_key, rank = excluded.rank, status = excluded.status, "
				+ "estimate = excluded.estimate, version = excluded.version, title = excluded.title, updated_at = now() "
				+ "where backlog_item.version < excluded.version")
			.param("id", item.id())
			.param("productId", item.productId())
			.param("productKey", item.productKey())
			.param("key", item.key())
			.param("team", item.teamKey())
			.param("rank", item.rank())
			.param("status", item.status().name())
			.param("estimate", item.estimate())
			.param("version", item.version())
			.param("title", item.title())
			.update() == 1;
	}

	private static BacklogItem item(ResultSet row, int number) throws SQLException {
		return new BacklogItem(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("key"), row.getString("team_key"), row.getString("rank"),
				ItemStatus.valueOf(row.getString("status")), row.getBigDecimal("estimate"), row.getLong("version"),
				row.getString("title"));
	}

}
