package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.Item;
import org.refinery.backlog.item.ItemStatus;
import org.refinery.backlog.item.PlanningFacts;
import org.refinery.backlog.item.ReadyForPlanning.Prerequisite;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class JdbcPlanningFacts implements PlanningFacts {

	private static final String PERIOD = "floor((completed_at::date - :first) / :len::numeric)::bigint";

	private final JdbcClient jdbc;

	JdbcPlanningFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Item> readyOf(UUID productId, String teamKey, int limit) {
		return jdbc.sql(ItemRows.SELECT + " where i.product_id = :product and i.team_key = :team "
				+ "and i.status = 'READY' order by i.rank limit :limit")
			.param("product", productId).param("team", teamKey).param("limit", limit)
			.query(ItemRows::item)
			.list();
	}

	@Override
	public Map<Long, Completed> completedSince(UUID productId, String teamKey, LocalDate firstPeriod, int periodDays,
			long fromPeriod) {
		Map<Long, Completed> completed = new HashMap<>();
		jdbc.sql("select " + PERIOD + " as period, coalesce(sum(estimate), 0) as points, count(*) as items from item "
				+ "where product_id = :product and team_key = :team and status = 'DONE' and completed_at is not null "
				+ "and completed_at >= (:first + (:from * :len)::int) group by 1")
			.param("product", productId).param("team", teamKey).param("first", firstPeriod)
			.param("len", periodDays).param("from", fromPeriod)
			.query((row, n) -> completed.put(row.getLong("period"),
					new Completed(row.getBigDecimal("points"), row.getLong("items"))))
			.list();
		return completed;
	}

	/** Open BLOCKS dependencies whose prerequisite is not finished or discarded, one query for all items. */
	@Override
	public Map<UUID, List<Prerequisite>> openPrerequisites(List<UUID> itemIds) {
		Map<UUID, List<Prerequisite>> open = new HashMap<>();
		if (itemIds.isEmpty()) {
			return open;
		}
		jdbc.sql("select d.dependent_item_id, d.prerequisite_item_id, p.key, p.title, p.status from dependency_view d "
				+ "left join item p on p.id = d.prerequisite_item_id where d.dependent_item_id = any(:ids) "
				+ "and d.type = 'BLOCKS' and d.status in ('IDENTIFIED', 'ACKNOWLEDGED') "
				+ "and coalesce(p.status, 'UNKNOWN') not in ('DONE', 'REMOVED') order by p.rank, p.key")
			.param("ids", itemIds.toArray(UUID[]::new))
			.query((row, n) -> open.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(new Prerequisite(row.getObject(2, UUID.class), row.getString(3), row.getString(4),
						row.getString(5) == null ? null : ItemStatus.valueOf(row.getString(5)))))
			.list();
		return open;
	}

}
