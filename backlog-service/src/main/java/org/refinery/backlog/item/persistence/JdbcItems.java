package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.HistoryEntry;
import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemCount;
import org.refinery.backlog.item.ItemQuery;
import org.refinery.backlog.item.Items;
import org.refinery.backlog.item.StaleVersion;
import org.refinery.backlog.product.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcItems implements Items {

	private final JdbcClient jdbc;

	private final ItemHistoryWriter history;

	JdbcItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new ItemHistoryWriter(jdbc);
	}

	@Override
	public Optional<Item> byId(UUID id) {
		return jdbc.sql(ItemRows.SELECT + " where i.id = :id").param("id", id).query(ItemRows::item).optional();
	}

	/** One statement, as it runs under the product's lock; {@link #nextNumber} already counted the item. */
	@Override
	public void add(Item item, boolean ready, Actor actor) {
		jdbc.sql("with added as (insert into item (id, product_id, key, type, title, description, "
				+ "acceptance_criteria, estimate, team_key, contributing_team_keys, parent_id, rank, status, "
				+ "completed_at, version, ready) values (:id, :product, :key, :type, :title, :description, :criteria, "
				+ ":estimate, :team, :contributing, :parent, :rank, :status, :completed, :version, :ready) "
				+ "returning id, version, key) "
				+ "insert into item_history (item_id, version, actor, actor_name, field, old_value, new_value) "
				+ "select id, version, :actor, :actorName, 'created', null, key from added")
			.params(ItemRows.columns(item))
			.param("ready", ready)
			.param("actor", actor.subject())
			.param("actorName", actor.username())
			.update();
	}

	@Override
	public void update(Item before, Item after, Actor actor) {
		Map<String, Object> columns = ItemRows.columns(after);
		columns.put("expected", before.version());
		int updated = jdbc.sql("update item set type = :type, title = :title, description = :description, "
				+ "acceptance_criteria = :criteria, estimate = :estimate, team_key = :team, "
				+ "contributing_team_keys = :contributing, parent_id = :parent, rank = :rank, status = :status, "
				+ "completed_at = :completed, removed_reason = :removedReason, "
				+ "status_before_removal = :statusBeforeRemoval, version = :version, updated_at = now() "
				+ "where id = :id and version = :expected")
			.params(columns)
			.update();
		if (updated == 0) {
			throw new StaleVersion(before.version(), byId(before.id()).map(Item::version).orElse(-1L));
		}
		history.changed(before, after, actor);
	}

	@Override
	public long nextNumber(UUID productId) {
		return jdbc.sql("insert into product_order (product_id, next_number, item_count) values (:product, 1, 1) "
				+ "on conflict (product_id) do update set next_number = product_order.next_number + 1, "
				+ "item_count = product_order.item_count + 1 returning next_number")
			.param("product", productId)
			.query(Long.class)
			.single();
	}

	@Override
	public List<Item> inOrder(UUID productId) {
		return jdbc.sql(ItemRows.SELECT + " where i.product_id = :product order by i.rank")
			.param("product", productId)
			.query(ItemRows::item)
			.list();
	}

	@Override
	public void deferRankUniqueness() {
		jdbc.sql("set constraints item_product_rank_unique deferred").update();
	}

	@Override
	public void lockOrder(UUID productId) {
		jdbc.sql("insert into product_order (product_id, next_number) values (:product, 0) "
				+ "on conflict (product_id) do update set next_number = product_order.next_number")
			.param("product", productId)
			.update();
	}

	@Override
	public Optional<String> lastRank(UUID productId) {
		return jdbc.sql("select max(rank) from item where product_id = :product")
			.param("product", productId)
			.query(String.class)
			.optional();
	}

	@Override
	public Optional<Item> atEnd(UUID productId, boolean first) {
		return jdbc.sql(ItemRows.SELECT + " where i.product_id = :product order by i.rank " + (first ? "asc" : "desc")
				+ " limit 1").param("product", productId).query(ItemRows::item).optional();
	}

	@Override
	public Optional<String> neighbourRank(UUID productId, String rank, boolean before) {
		String sql = before ? "select max(rank) from item where product_id = :product and rank < :rank"
				: "select min(rank) from item where product_id = :product and rank > :rank";
		return jdbc.sql(sql).param("product", productId).param("rank", rank).query(String.class).optional();
	}

	@Override
	public List<Item> page(ItemQuery query, long offset, int limit) {
		BacklogQueries.planForTheText(jdbc, query);
		return BacklogQueries.page(jdbc, query, offset, null, limit);
	}

	@Override
	public List<Item> pageAfter(ItemQuery query, String afterRank, int limit) {
		BacklogQueries.planForTheText(jdbc, query);
		return BacklogQueries.page(jdbc, query, 0, afterRank, limit);
	}

	@Override
	public Map<UUID, Boolean> announcedReadiness(List<UUID> ids) {
		Map<UUID, Boolean> ready = new HashMap<>();
		jdbc.sql("select id, ready from item where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((row, n) -> ready.put(row.getObject("id", UUID.class), row.getBoolean("ready")))
			.list();
		return ready;
	}

	/**
	 * The scan stops at {@code cap + 1} matches: for a common word PostgreSQL reads rows until
	 * 1,001 match (a few thousand, about 1 ms) instead of all 14,600 matches in a 200,000-item
	 * backlog (100-300 ms); for a rare one it reads the few the trigram index finds.
	 * <p>
	 * With a text, the rows come from the trigram index and the teams only filter them. Walking a
	 * team's (product, team, rank) index until {@code cap + 1} matches, as before, read the whole
	 * team for a word it seldom uses (25 ms on 200,000 items, against 12 from the trigram index);
	 * left to the planner, two teams got the trigram and team bitmaps intersected in full, or, for
	 * a phrase, a scan of the table (108 ms against 20). docs/benchmarks.md has the measurements.
	 */
	@Override
	public ItemCount count(ItemQuery query, int cap) {
		if (query.unfiltered()) {
			return ItemCount.exactly(jdbc
				.sql("select coalesce(max(item_count), 0) from product_order where product_id = :product")
				.param("product", query.productId())
				.query(Long.class)
				.single());
		}
		BacklogQueries.planForTheText(jdbc, query);
		Map<String, Object> params = new HashMap<>(Map.of("beyond", cap + 1L));
		String matches = "select 1 from item i" + BacklogQueries.where(query, params, query.text() != null)
				+ " limit :beyond";
		long counted = jdbc.sql("select count(*) from (" + matches + ") m")
			.params(params)
			.query(Long.class)
			.single();
		return counted > cap ? ItemCount.moreThan(cap) : ItemCount.exactly(counted);
	}

	@Override
	public void recordHistory(Item item, Actor actor, String field, String oldValue, String newValue) {
		history.write(item, actor, field, oldValue, newValue);
	}

	@Override
	public List<HistoryEntry> history(UUID id, long offset, int limit) {
		return jdbc.sql("select version, changed_at, actor_name, field, old_value, new_value from item_history "
				+ "where item_id = :id order by version desc, field limit :limit offset :offset")
			.param("id", id)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, n) -> new HistoryEntry(row.getLong("version"), row.getTimestamp("changed_at").toInstant(),
					row.getString("actor_name"), row.getString("field"), row.getString("old_value"),
					row.getString("new_value")))
			.list();
	}

	@Override
	public long historyCount(UUID id) {
		return jdbc.sql("select count(*) from item_history where item_id = :id").param("id", id).query(Long.class).single();
	}

}
