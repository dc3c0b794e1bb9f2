package org.refinery.alignment.backlog.persistence;

import org.refinery.alignment.backlog.BacklogItem;
import org.refinery.alignment.backlog.BacklogItems;
import org.refinery.alignment.backlog.ItemDates;
import org.refinery.alignment.backlog.ItemStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcBacklogItems implements BacklogItems {

	/**
	 * Newer versions only. The creation date is the earliest seen (events may arrive out of order);
	 * an item removed again keeps the date it was first removed on.
	 */
	private static final String UPSERT = "insert into backlog_item (id, product_id, product_key, key, title, team_key, "
			+ "estimate, status, rank, version, parent_id, created_at, closed_at) values (:id, :product, :productKey, "
			+ ":key, :title, :team, :estimate, :status, :rank, :version, :parent, :created, :closed) "
			+ "on conflict (id) do update set product_id = excluded.product_id, product_key = excluded.product_key, "
			+ "key = excluded.key, title = excluded.title, team_key = excluded.team_key, estimate = excluded.estimate, "
			+ "status = excluded.status, rank = excluded.rank, version = excluded.version, "
			+ "parent_id = excluded.parent_id, created_at = least(backlog_item.created_at, excluded.created_at), "
			+ "closed_at = case when excluded.status = 'REMOVED' and backlog_item.status = 'REMOVED' "
			+ "then coalesce(backlog_item.closed_at, excluded.closed_at) else excluded.closed_at end "
			+ "where backlog_item.version < excluded.version";

	private final JdbcClient jdbc;

	JdbcBacklogItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<BacklogItem> byId(UUID id) {
		return jdbc.sql("select * from backlog_item where id = :id").param("id", id).query(JdbcBacklogItems::item)
			.optional();
	}

	@Override
	public boolean save(BacklogItem item) {
		return jdbc.sql(UPSERT)
			.param("id", item.id())
			.param("product", item.productId())
			.param("productKey", item.productKey())
			.param("key", item.key())
			.param("title", item.title())
			.param("team", item.teamKey())
			.param("estimate", item.estimate())
			.param("status", item.status().name())
			.param("rank", item.rank())
			.param("version", item.version())
			.param("parent", item.parentId())
			.param("created", timestamp(item.dates().created()))
			.param("closed", timestamp(item.dates().closed()))
			.update() > 0;
	}

	@Override
	public List<BacklogItem> ofProduct(String productKey) {
		return jdbc.sql("select * from backlog_item where product_key = :key order by rank collate \"C\", id")
			.param("key", productKey)
			.query(JdbcBacklogItems::item)
			.list();
	}

	private static BacklogItem item(ResultSet row, int number) throws SQLException {
		return new BacklogItem(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("key"), row.getString("title"), row.getString("team_key"),
				row.getBigDecimal("estimate"), ItemStatus.valueOf(row.getString("status")), row.getString("rank"),
				row.getLong("version"), row.getObject("parent_id", UUID.class),
				new ItemDates(instant(row, "created_at"), instant(row, "closed_at")));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
