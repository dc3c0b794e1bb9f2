package org.refinery.backlog.team.persistence;

import org.refinery.backlog.team.Team;
import org.refinery.backlog.team.TeamKeyTaken;
import org.refinery.backlog.team.Teams;
import org.refinery.backlog.team.WorkMode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcTeams implements Teams {

	private static final String SELECT = "select t.id, t.product_id, p.key as product_key, t.key, t.name, "
			+ "t.work_mode, t.version from team t join product p on p.id = t.product_id";

	private final JdbcClient jdbc;

	JdbcTeams(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Team team) {
		try {
			jdbc.sql("insert into team (id, product_id, key, name, work_mode, version) "
					+ "values (:id, :product, :key, :name, :mode, :version)")
				.param("id", team.id())
				.param("product", team.productId())
				.param("key", team.key())
				.param("name", team.name())
				.param("mode", team.workMode().name())
				.param("version", team.version())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new TeamKeyTaken(team.key());
		}
	}

	@Override
	public List<Team> ofProduct(UUID productId) {
		return jdbc.sql(SELECT + " where t.product_id = :product order by t.key")
			.param("product", productId)
			.query(JdbcTeams::team)
			.list();
	}

	@Override
	public Optional<Team> withKey(String key) {
		return jdbc.sql(SELECT + " where t.key = :key").param("key", key).query(JdbcTeams::team).optional();
	}

	private static Team team(ResultSet row, int number) throws SQLException {
		return new Team(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("product_key"), row.getString("key"), row.getString("name"),
				WorkMode.valueOf(row.getString("work_mode")), row.getLong("version"));
	}

}
