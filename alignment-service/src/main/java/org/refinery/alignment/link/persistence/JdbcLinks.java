package org.refinery.alignment.link.persistence;

import org.refinery.alignment.link.AlreadyLinked;
import org.refinery.alignment.link.Link;
import org.refinery.alignment.link.LinkPeriod;
import org.refinery.alignment.link.Links;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcLinks implements Links {

	private final JdbcClient jdbc;

	JdbcLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Link> byId(UUID id) {
		return jdbc.sql("select * from goal_link where id = :id").param("id", id).query(JdbcLinks::link).optional();
	}

	@Override
	public Optional<Link> activeBetween(UUID itemId, UUID goalId) {
		return jdbc.sql("select * from goal_link where item_id = :item and goal_id = :goal and active")
			.param("item", itemId)
			.param("goal", goalId)
			.query(JdbcLinks::link)
			.optional();
	}

	@Override
	public List<Link> activeOf(UUID itemId) {
		return jdbc.sql("select * from goal_link where item_id = :item and active order by goal_id")
			.param("item", itemId)
			.query(JdbcLinks::link)
			.list();
	}

	@Override
	public List<Link> activeTo(UUID goalId) {
		return jdbc.sql("select * from goal_link where goal_id = :goal and active order by linked_at, id")
			.param("goal", goalId)
			.query(JdbcLinks::link)
			.list();
	}

	@Override
	public List<Link> activeOfProduct(String productKey) {
		return jdbc.sql("select * from goal_link where product_key = :key and active order by item_id, goal_id")
			.param("key", productKey)
			.query(JdbcLinks::link)
			.list();
	}

	@Override
	public List<LinkPeriod> periodsOfProduct(String productKey) {
		return jdbc.sql("select * from goal_link where product_key = :key order by item_id, linked_at")
			.param("key", productKey)
			.query((row, number) -> new LinkPeriod(link(row, number), instant(row, "linked_at"),
					instant(row, "unlinked_at")))
			.list();
	}

	@Override
	public void add(Link link, String linkedBy) {
		try {
			jdbc.sql("insert into goal_link (id, item_id, goal_id, product_id, product_key, rationale, "
					+ "contribution_weight, active, version, linked_by, linked_at) values (:id, :item, :goal, :productId, "
					+ ":productKey, :rationale, :weight, :active, :version, :by, now())")
				.param("id", link.id())
				.param("item", link.itemId())
				.param("goal", link.goalId())
				.param("productId", link.productId())
				.param("productKey", link.productKey())
				.param("rationale", link.rationale())
				.param("weight", link.contributionWeight())
				.param("active", link.active())
				.param("version", link.version())
				.param("by", linkedBy)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// A concurrent request linked the same pair first; the aborted transaction cannot look it up.
			throw new AlreadyLinked(link.itemId().toString(), link.goalId().toString(), null);
		}
	}

	@Override
	public void update(Link link) {
		jdbc.sql("update goal_link set active = :active, version = :version, "
				+ "unlinked_at = case when :active then null else coalesce(unlinked_at, now()) end where id = :id")
			.param("id", link.id())
			.param("active", link.active())
			.param("version", link.version())
			.update();
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static Link link(ResultSet row, int number) throws SQLException {
		return new Link(row.getObject("id", UUID.class), row.getObject("item_id", UUID.class),
				row.getObject("goal_id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("rationale"), row.getBigDecimal("contribution_weight"),
				row.getBoolean("active"), row.getLong("version"));
	}

}
