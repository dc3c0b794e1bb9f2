package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.ReadinessViews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

@Repository
class JdbcReadinessViews implements ReadinessViews {

	private final JdbcClient jdbc;

	JdbcReadinessViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean upsert(Dependency d) {
		return jdbc.sql("insert into dependency_view (id, dependent_item_id, prerequisite_item_id, type, status, version, "
				+ "identified_at) values (:id, :dependent, :prerequisite, :type, :status, :version, :at) "
				+ "on conflict (id) do update set "
				+ "status = excluded.status, type = excluded.type, version = excluded.version "
				+ "where dependency_view.version < excluded.version")
			.param("id", d.id()).param("dependent", d.dependentItemId()).param("prerequisite", d.prerequisiteItemId())
			.param("type", d.type()).param("status", d.status()).param("version", d.version())
			.param("at", java.sql.Timestamp.from(d.announcedAt()))
			.update() > 0;
	}

	@Override
	public boolean upsert(GoalLink l) {
		return jdbc.sql("insert into goal_link_view (id, item_id, goal_id, active, version) "
				+ "values (:id, :item, :goal, :active, :version) on conflict (id) do update set "
				+ "active = excluded.active, version = excluded.version where goal_link_view.version < excluded.version")
			.param("id", l.id()).param("item", l.itemId()).param("goal", l.goalId()).param("active", l.active())
			.param("version", l.version())
			.update() > 0;
	}

	@Override
	public boolean upsertGoal(UUID goalId, String status, long version) {
		return jdbc.sql("insert into goal_view (id, status, version) values (:id, :status, :version) "
				+ "on conflict (id) do update set status = excluded.status, version = excluded.version "
				+ "where goal_view.version < excluded.version")
			.param("id", goalId).param("status", status).param("version", version)
			.update() > 0;
	}

	@Override
	public List<UUID> itemsLinkedTo(UUID goalId) {
		return jdbc.sql("select distinct item_id from goal_link_view where goal_id = :goal").param("goal", goalId)
			.query(UUID.class).list();
	}

	@Override
	public List<UUID> dependentsOf(UUID prerequisiteItemId) {
		return jdbc.sql("select distinct dependent_item_id from dependency_view where prerequisite_item_id = :id")
			.param("id", prerequisiteItemId).query(UUID.class).list();
	}

	@Override
	public boolean announcedReady(UUID itemId) {
		return jdbc.sql("select ready from item where id = :id").param("id", itemId).query(Boolean.class).optional()
			.orElse(false);
	}

	@Override
	public void announceReady(UUID itemId, boolean ready) {
		jdbc.sql("update item set ready = :ready where id = :id").param("id", itemId).param("ready", ready).update();
	}

}
