package org.refinery.dependency.tracking.persistence;

import org.refinery.dependency.tracking.Dependencies;
import org.refinery.dependency.tracking.Dependency;
import org.refinery.dependency.tracking.DependencyQuery;
import org.refinery.dependency.tracking.DependencyStatus;
import org.refinery.dependency.tracking.DependencyType;
import org.refinery.dependency.tracking.DuplicateDependency;
import org.refinery.dependency.tracking.StaleVersion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
		return jdbc.sql(sql).params(params).query(DependencyRows::dependency).list();
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

	@Override
	public Optional<Dependency> byId(UUID id) {
		return jdbc.sql("select * from dependency where id = :id").param("id", id).query(DependencyRows::dependency)
			.optional();
	}

	@Override
	public void add(Dependency dependency) {
		try {
			jdbc.sql("insert into dependency (" + DependencyRows.COLUMNS + ") values (" + DependencyRows.PARAMS + ")")
				.paramSource(DependencyRows.params(dependency))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateDependency("An open " + dependency.type() + " dependency of "
					+ dependency.dependent().itemKey() + " on " + dependency.prerequisite().itemKey()
					+ " already exists");
		}
	}

	@Override
	public void update(Dependency before, Dependency after) {
		int updated = jdbc.sql("update dependency set status = :status, status_changed_at = :changedAt, "
				+ "status_changed_by = :changedBy, status_reason = :reason, prerequisite_removed = :removed, "
				+ "needed_by = :neededBy, note = :note, "
				+ "dependent_team_key = :dependentTeamKey, prerequisite_team_key = :prerequisiteTeamKey, "
				+ "version = :version where id = :id and version = :expected")
			.paramSource(DependencyRows.params(after).addValue("expected", before.version()))
			.update();
		if (updated == 0) {
			long current = jdbc.sql("select version from dependency where id = :id").param("id", before.id())
				.query(Long.class)
				.single();
			throw new StaleVersion(before.version(), current);
		}
	}

	/** A transaction-scoped advisory lock on the product key's hash. */
	@Override
	public void lockProduct(String productKey) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('dependency-graph:' || :key))")
			.param("key", productKey)
			.query((row, number) -> 1)
			.single();
	}

	@Override
	public long graphVersion(String productKey) {
		return jdbc.sql("select coalesce((select version from product_graph where product_key = :key), 0)")
			.param("key", productKey)
			.query(Long.class)
			.single();
	}

	@Override
	public long advanceGraphVersion(String productKey) {
		return jdbc.sql("insert into product_graph (product_key, version) values (:key, 1) on conflict (product_key) "
				+ "do update set version = product_graph.version + 1 returning version")
			.param("key", productKey)
			.query(Long.class)
			.single();
	}

	@Override
	public boolean openEdgeExists(UUID dependentItemId, UUID prerequisiteItemId, DependencyType type) {
		return jdbc.sql("select count(*) from dependency where dependent_item_id = :dependent and "
				+ "prerequisite_item_id = :prerequisite and type = :type and status in ('IDENTIFIED', 'ACKNOWLEDGED')")
			.param("dependent", dependentItemId)
			.param("prerequisite", prerequisiteItemId)
			.param("type", type.name())
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public List<Dependency> onPrerequisite(UUID itemId) {
		return jdbc.sql("select * from dependency where prerequisite_item_id = :item order by identified_at, id")
			.param("item", itemId)
			.query(DependencyRows::dependency)
			.list();
	}

	@Override
	public List<Dependency> openInvolving(UUID itemId) {
		return jdbc.sql("select * from dependency where (dependent_item_id = :item or prerequisite_item_id = :item) "
				+ "and status in ('IDENTIFIED', 'ACKNOWLEDGED') order by identified_at, id")
			.param("item", itemId)
			.query(DependencyRows::dependency)
			.list();
	}

	@Override
	public List<Dependency> open() {
		return jdbc.sql("select * from dependency where status in ('IDENTIFIED', 'ACKNOWLEDGED')")
			.query(DependencyRows::dependency)
			.list();
	}

	@Override
	public List<Dependency> ofProduct(String productKey, List<DependencyStatus> statuses) {
		return jdbc.sql("select * from dependency where product_key = :key and status in (:statuses)")
			.param("key", productKey)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(DependencyRows::dependency)
			.list();
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
		if (query.itemId() != null) {
			where.append(" and (dependent_item_id = :item or prerequisite_item_id = :item)");
			params.put("item", query.itemId());
		}
		if (query.sessionId() != null) {
			where.append(" and session_id = :session");
			params.put("session", query.sessionId());
		}
		return where.toString();
	}

}
