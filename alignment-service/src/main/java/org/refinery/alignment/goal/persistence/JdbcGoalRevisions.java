package org.refinery.alignment.goal.persistence;

import org.refinery.alignment.goal.GoalRevisions;
import org.refinery.alignment.goal.Revision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

@Repository
class JdbcGoalRevisions implements GoalRevisions {

	private final RevisionRows rows;

	JdbcGoalRevisions(JdbcClient jdbc, JsonMapper json) {
		this.rows = new RevisionRows(jdbc, json, "goal_revision", "goal_id");
	}

	@Override
	public void add(UUID goalId, Revision revision) {
		rows.add(goalId, revision);
	}

	@Override
	public List<Revision> of(UUID goalId, int offset, int limit) {
		return rows.of(goalId, offset, limit);
	}

	@Override
	public long countOf(UUID goalId) {
		return rows.countOf(goalId);
	}

}
