package org.refinery.alignment.goal.persistence;

import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalQuery;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.Goals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class JdbcGoals implements Goals {

	private static final String ORDER = " order by case level when 'OBJECTIVE' then 0 when 'THEME' then 1 else 2 end,"
			+ " title, id";

	private final JdbcClient jdbc;

	JdbcGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Goal> matching(GoalQuery query, int offset, int limit) {
		if (query.excludesEverything()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "select * from goal" + where(query, params) + ORDER + " offset :offset limit :limit";
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql).params(params).query(JdbcGoals::goal).list();
	}

	@Override
	public long countMatching(GoalQuery query) {
		if (query.excludesEverything()) {
			return 0;
		}
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("select count(*) from goal" + where(query, params)).params(params).query(Long.class).single();
	}

	private static String where(GoalQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (query.visibleProducts() != null) {
			where.append(query.visibleProducts().isEmpty() ? " and product_key is null"
					: " and (product_key is null or product_key in (:visible))");
			if (!query.visibleProducts().isEmpty()) {
				params.put("visible", query.visibleProducts());
			}
		}
		if (query.level() != null) {
			where.append(" and level = :level");
			params.put("level", query.level().name());
		}
		if (query.productKey() != null) {
			where.append(" and product_key = :product");
			params.put("product", query.productKey());
		}
		if (query.status() != null) {
			where.append(" and status = :status");
			params.put("status", query.status().name());
		}
		return where.toString();
	}

	private static Goal goal(ResultSet row, int number) throws SQLException {
		return new Goal(row.getObject("id", UUID.class), GoalLevel.valueOf(row.getString("level")),
				row.getObject("parent_id", UUID.class), row.getString("product_key"), row.getString("title"),
				row.getString("owner"), GoalStatus.valueOf(row.getString("status")), row.getInt("weight"),
				row.getBigDecimal("target_investment_share"), row.getObject("timeframe_start", LocalDate.class),
				row.getObject("timeframe_end", LocalDate.class), row.getLong("version"));
	}

}
