package org.refinery.alignment.goal.persistence;

import org.refinery.alignment.goal.KeyResult;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The key results of goals, in the order they were given. */
final class KeyResultRows {

	private final JdbcClient jdbc;

	KeyResultRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<UUID, List<KeyResult>> of(List<UUID> goalIds) {
		Map<UUID, List<KeyResult>> results = new LinkedHashMap<>();
		if (goalIds.isEmpty()) {
			return results;
		}
		jdbc.sql("select * from key_result where goal_id in (:ids) order by goal_id, position")
			.param("ids", goalIds)
			.query((row, number) -> {
				results.computeIfAbsent(row.getObject("goal_id", UUID.class), id -> new ArrayList<>())
					.add(new KeyResult(row.getString("metric"), row.getBigDecimal("baseline"),
							row.getBigDecimal("target"), row.getBigDecimal("current")));
				return null;
			})
			.list();
		return results;
	}

	void replace(UUID goalId, List<KeyResult> keyResults) {
		jdbc.sql("delete from key_result where goal_id = :id").param("id", goalId).update();
		for (int position = 0; position < keyResults.size(); position++) {
			KeyResult result = keyResults.get(position);
			jdbc.sql("insert into key_result (goal_id, position, metric, baseline, target, current) "
					+ "values (:id, :position, :metric, :baseline, :target, :current)")
				.param("id", goalId)
				.param("position", position)
				.param("metric", result.metric())
				.param("baseline", result.baseline())
				.param("target", result.target())
				.param("current", result.current())
				.update();
		}
	}

}
