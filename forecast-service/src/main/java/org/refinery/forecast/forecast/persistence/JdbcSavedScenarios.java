package org.refinery.forecast.forecast.persistence;

import org.refinery.forecast.forecast.SavedScenario;
import org.refinery.forecast.forecast.SavedScenarios;
import org.refinery.forecast.forecast.ScenarioChanges;
import org.refinery.forecast.forecast.ScenarioComparison;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcSavedScenarios implements SavedScenarios {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final RowMapper<SavedScenario> rows;

	JdbcSavedScenarios(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
		this.rows = (rs, n) -> new SavedScenario(rs.getObject("id", UUID.class), rs.getString("product_key"),
				rs.getString("owner_id"), rs.getString("name"),
				json.readValue(rs.getString("changes"), ScenarioChanges.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("comparison") == null ? null
						: json.readValue(rs.getString("comparison"), ScenarioComparison.class));
	}

	@Override
	public void save(SavedScenario scenario) {
		jdbc.sql("""
				insert into scenario (id, product_key, owner_id, name, changes, created_at, run_at, comparison)
				values (:id, :product, :owner, :name, cast(:changes as jsonb), :created, :run, cast(:comparison as jsonb))
				on conflict (id) do update set run_at = excluded.run_at, comparison = excluded.comparison""")
			.param("id", scenario.id())
			.param("product", scenario.productKey())
			.param("owner", scenario.ownerId())
			.param("name", scenario.name())
			.param("changes", json.writeValueAsString(scenario.changes()))
			.param("created", Timestamp.from(scenario.createdAt()))
			.param("run", Timestamp.from(scenario.comparison().runAt()))
			.param("comparison", json.writeValueAsString(scenario.comparison()))
			.update();
	}

	@Override
	public Optional<SavedScenario> byId(UUID id) {
		return jdbc.sql("select * from scenario where id = :id").param("id", id).query(rows).optional();
	}

	@Override
	public List<SavedScenario> of(String productKey, String ownerId) {
		return jdbc.sql("select * from scenario where product_key = :product and owner_id = :owner order by created_at")
			.param("product", productKey)
			.param("owner", ownerId)
			.query(rows)
			.list();
	}

	@Override
	public int count(String productKey, String ownerId) {
		return jdbc.sql("select count(*) from scenario where product_key = :product and owner_id = :owner")
			.param("product", productKey)
			.param("owner", ownerId)
			.query(Integer.class)
			.single();
	}

	@Override
	public boolean nameTaken(String productKey, String ownerId, String name) {
		return jdbc.sql("select count(*) from scenario where product_key = :product and owner_id = :owner and name = :name")
			.param("product", productKey)
			.param("owner", ownerId)
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public void delete(UUID id) {
		jdbc.sql("delete from scenario where id = :id").param("id", id).update();
	}

}
