package org.refinery.backlog.item.persistence;

import org.refinery.backlog.item.ReadinessFacts;
import org.refinery.backlog.item.ReadinessSources;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.UUID;

@Repository
class JdbcReadinessSources implements ReadinessSources {

	private static final String OPEN = "('IDENTIFIED', 'ACKNOWLEDGED')";

	/** Whether the item can reach itself over open BLOCKS edges; depth-bounded like any refinement chain. */
	private static final String IN_CYCLE = """
			with recursive reach(item, depth) as (
			  select d.prerequisite_item_id, 1 from dependency_view d
			   where d.dependent_item_id = :id and d.type = 'BLOCKS' and d.status in %s
			  union
			  select d.prerequisite_item_id, r.depth + 1 from dependency_view d join reach r on d.dependent_item_id = r.item
			   where d.type = 'BLOCKS' and d.status in %s and r.depth < 200)
			select exists (select 1 from reach where item = :id)""".formatted(OPEN, OPEN);

	private final JdbcClient jdbc;

	JdbcReadinessSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ReadinessFacts factsOf(UUID itemId) {
		var ticked = new HashSet<>(jdbc.sql("select code from item_check where item_id = :id").param("id", itemId)
			.query(String.class)
			.list());
		var unready = jdbc.sql("select i.key from dependency_view d join item i on i.id = d.prerequisite_item_id "
				+ "where d.dependent_item_id = :id and d.type = 'BLOCKS' and d.status in " + OPEN
				+ " and i.status in ('DRAFT', 'IN_REFINEMENT') order by i.key")
			.param("id", itemId)
			.query(String.class)
			.list();
		int unacknowledged = jdbc.sql("select count(*) from dependency_view where dependent_item_id = :id "
				+ "and status = 'IDENTIFIED'").param("id", itemId).query(Integer.class).single();
		boolean inCycle = jdbc.sql(IN_CYCLE).param("id", itemId).query(Boolean.class).single();
		int goals = jdbc.sql("select count(*) from goal_link_view l left join goal_view g on g.id = l.goal_id "
				+ "where l.item_id = :id and l.active and coalesce(g.status, 'ACTIVE') = 'ACTIVE'")
			.param("id", itemId)
			.query(Integer.class)
			.single();
		return new ReadinessFacts(ticked, unready, unacknowledged, inCycle, goals);
	}

	@Override
	public boolean tick(UUID itemId, String code, boolean ticked, String by) {
		if (ticked) {
			return jdbc.sql("insert into item_check (item_id, code, ticked_by) values (:id, :code, :by) "
					+ "on conflict (item_id, code) do nothing")
				.param("id", itemId).param("code", code).param("by", by).update() > 0;
		}
		else {
			return jdbc.sql("delete from item_check where item_id = :id and code = :code")
				.param("id", itemId).param("code", code).update() > 0;
		}
	}

}
