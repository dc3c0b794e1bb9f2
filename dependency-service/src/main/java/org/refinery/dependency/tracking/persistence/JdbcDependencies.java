package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyQuery;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
class JdbcDependencies implements Dependencies {

	private final JdbcClient jdbc;

	JdbcDependencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependency> matching(DependencyQuery query, int offset, int limit) {
		if (query.excludesEverything()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "select * from dependency" + where(query, params)
				+ " order by identified_at desc, id offset :offset limit :limit";
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql).params(params).query(JdbcDependencies::dependency).list();
	}

	@Override
	public long countMatching(DependencyQuery query) {
		if (query.excludesEverything()) {
			return 0;
		}
		Map<String, Object> params = new LinkedHashMap<>();
		return jdbc.sql("select count(*) from dependency" + where(query, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(DependencyQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where true");
		if (query.visibleProducts() != null) {
			where.append(" and product_key in (:visible)");
			params.put("visible", query.visibleProducts());
		}
		if (query.productKey() != null) {
			where.append(" and product_key = :product");
			params.put("product", query.productKey());
		}
		if (query.teamKey() != null) {
			where.append(" and (dependent_team_key = :team or prerequisite_team_key = :team)");
			params.put("team", query.teamKey());
		}
		if (query.status() != null) {
			where.append(" and status = :status");
			params.put("status", query.status().name());
		}
		return where.toString();
	}

	private static Dependency dependency(ResultSet row, int number) throws SQLException {
		return new Dependency(row.getObject("id", UUID.class), row.getString("product_key"),
				row.getObject("dependent_item_id", UUID.class), row.getObject("prerequisite_item_id", UUID.class),
				row.getString("dependent_team_key"), row.getString("prerequisite_team_key"),
				DependencyType.valueOf(row.getString("type")), DependencyStatus.valueOf(row.getString("status")),
				row.getString("needed_by"), row.getString("note"), instant(row.getObject("identified_at",
						OffsetDateTime.class)), row.getLong("version"));
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
