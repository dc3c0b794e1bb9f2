package org.refinery.alignment.goal.persistence;

import org.refinery.alignment.goal.Goal;
import org.refinery.alignment.goal.GoalLevel;
import org.refinery.alignment.goal.GoalQuery;
import org.refinery.alignment.goal.GoalStatus;
import org.refinery.alignment.goal.Goals;
import org.refinery.alignment.goal.KeyResult;
import org.refinery.alignment.goal.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcGoals implements Goals {

	private static final String ORDER = " order by case level when 'OBJECTIVE' then 0 when 'THEME' then 1 else 2 end,"
			+ " title, id";

	private final JdbcClient jdbc;

	private final KeyResultRows keyResults;

	JdbcGoals(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.keyResults = new KeyResultRows(jdbc);
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
		return withKeyResults(jdbc.sql(sql).params(params).query(JdbcGoals::goal).list());
	}

	@Override
	public long countMatching(GoalQuery query) {
		if (query.excludesEverything()) {
			return 0;
		}
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("select count(*) from goal" + where(query, params)).params(params).query(Long.class).single();
	}

	@Override
	public Optional<Goal> byId(UUID id) {
		return jdbc.sql("select * from goal where id = :id").param("id", id).query(JdbcGoals::goal).optional()
			.map(goal -> withKeyResults(List.of(goal)).getFirst());
	}

	@Override
	public List<Goal> childrenOf(UUID parentId) {
		return jdbc.sql("select * from goal where parent_id = :parent" + ORDER).param("parent", parentId)
			.query(JdbcGoals::goal).list();
	}

	@Override
	public List<Goal> roots() {
		return jdbc.sql("select * from goal where parent_id is null" + ORDER).query(JdbcGoals::goal).list();
	}

	@Override
	public List<Goal> inForceFor(String productKey) {
		return jdbc.sql("select * from goal where product_key is null or product_key = :key" + ORDER)
			.param("key", productKey)
			.query(JdbcGoals::goal)
			.list();
	}

	@Override
	public List<Goal> sharingTargetsWith(Goal goal) {
		if (goal.level() == GoalLevel.OBJECTIVE) {
			return List.of();
		}
		return jdbc.sql("select * from goal where level = :level and product_key is not distinct from :product" + ORDER)
			.param("level", goal.level().name())
			.param("product", goal.productKey())
			.query(JdbcGoals::goal)
			.list();
	}

	@Override
	public void add(Goal goal) {
		jdbc.sql("insert into goal (id, level, parent_id, product_id, product_key, title, owner, status, weight, "
				+ "target_investment_share, timeframe_start, timeframe_end, version) values (:id, :level, :parent, "
				+ ":productId, :productKey, :title, :owner, :status, :weight, :share, :start, :end, :version)")
			.params(columns(goal))
			.update();
		keyResults.replace(goal.id(), goal.keyResults());
	}

	@Override
	public void update(Goal before, Goal after) {
		Map<String, Object> params = columns(after);
		params.put("expected", before.version());
		int updated = jdbc.sql("update goal set parent_id = :parent, title = :title, owner = :owner, status = :status, "
				+ "weight = :weight, target_investment_share = :share, timeframe_start = :start, timeframe_end = :end, "
				+ "version = :version where id = :id and version = :expected")
			.params(params)
			.update();
		if (updated == 0) {
			long current = jdbc.sql("select version from goal where id = :id").param("id", before.id())
				.query(Long.class).single();
			throw new StaleVersion("goal", before.version(), current);
		}
		keyResults.replace(after.id(), after.keyResults());
	}

	private List<Goal> withKeyResults(List<Goal> goals) {
		Map<UUID, List<KeyResult>> results = keyResults.of(goals.stream().map(Goal::id).toList());
		return goals.stream()
			.map(g -> new Goal(g.id(), g.level(), g.parentId(), g.productId(), g.productKey(), g.title(), g.owner(),
					g.status(), g.weight(), g.targetInvestmentShare(), g.timeframeStart(), g.timeframeEnd(),
					results.getOrDefault(g.id(), List.of()), g.version()))
			.toList();
	}

	private static Map<String, Object> columns(Goal goal) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", goal.id());
		params.put("level", goal.level().name());
		params.put("parent", goal.parentId());
		params.put("productId", goal.productId());
		params.put("productKey", goal.productKey());
		params.put("title", goal.title());
		params.put("owner", goal.owner());
		params.put("status", goal.status().name());
		params.put("weight", goal.weight());
		params.put("share", goal.targetInvestmentShare());
		params.put("start", goal.timeframeStart());
		params.put("end", goal.timeframeEnd());
		params.put("version", goal.version());
		return params;
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

	static Goal goal(ResultSet row, int number) throws SQLException {
		return new Goal(row.getObject("id", UUID.class), GoalLevel.valueOf(row.getString("level")),
				row.getObject("parent_id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("title"), row.getString("owner"),
				GoalStatus.valueOf(row.getString("status")), row.getInt("weight"),
				row.getBigDecimal("target_investment_share"), row.getObject("timeframe_start", LocalDate.class),
				row.getObject("timeframe_end", LocalDate.class), List.of(), row.getLong("version"));
	}

}
