package org.refinery.forecast.backlog.persistence;

import org.refinery.forecast.backlog.BacklogItem;
import org.refinery.forecast.backlog.BacklogItems;
import org.refinery.forecast.backlog.ItemStatus;
import org.refinery.forecast.backlog.ItemType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcBacklogItems implements BacklogItems {

	private final JdbcClient jdbc;

	JdbcBacklogItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean save(BacklogItem item) {
		return jdbc.sql("insert into backlog_item (id, product_id, product_key, key, team_key, status, estimate, rank, "
				+ "parent_id, completed_at, version, item_type) values (:id, :product, :productKey, :key, :team, :status, "
				+ ":estimate, :rank, :parent, :completed, :version, :type) on conflict (id) do update set "
				+ "product_id = excluded.product_id, product_key = excluded.product_key, key = excluded.key, team_key = excluded.team_key, "
				+ "status = excluded.status, estimate = excluded.estimate, rank = excluded.rank, "
				+ "parent_id = excluded.parent_id, completed_at = excluded.completed_at, version = excluded.version, "
				+ "item_type = excluded.item_type "
				+ "where backlog_item.version < excluded.version")
			.param("id", item.id())
			.param("product", item.productId())
			.param("productKey", item.productKey())
			.param("key", item.key())
			.param("team", item.teamKey())
			.param("status", item.status().name())
			.param("estimate", item.estimate())
			.param("rank", item.rank())
			.param("parent", item.parentId())
			.param("completed", item.completedAt() == null ? null : Timestamp.from(item.completedAt()))
			.param("version", item.version())
			.param("type", item.type() == null ? null : item.type().name())
			.update() > 0;
	}

	@Override
	public Optional<BacklogItem> byId(UUID id) {
		return jdbc.sql("select * from backlog_item where id = :id").param("id", id).query(JdbcBacklogItems::item)
			.optional();
	}

	@Override
	public List<BacklogItem> doneOfTeam(String teamKey) {
		return jdbc.sql("select * from backlog_item where team_key = :team and status = 'DONE'")
			.param("team", teamKey)
			.query(JdbcBacklogItems::item)
			.list();
	}

	@Override
	public List<BacklogItem> ofProduct(String productKey) {
		return jdbc.sql("select * from backlog_item where product_key = :key and status <> 'REMOVED' order by rank, id")
			.param("key", productKey)
			.query(JdbcBacklogItems::item)
			.list();
	}

	private static BacklogItem item(ResultSet row, int number) throws SQLException {
		Timestamp completed = row.getTimestamp("completed_at");
		Instant completedAt = completed == null ? null : completed.toInstant();
		String type = row.getString("item_type");
		return new BacklogItem(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("key"), row.getString("team_key"), ItemStatus.valueOf(row.getString("status")),
				row.getBigDecimal("estimate"), row.getString("rank"), row.getObject("parent_id", UUID.class),
				completedAt, row.getLong("version"), type == null ? null : ItemType.valueOf(type));
	}

}
