package org.refinery.forecast.throughput.persistence;

import org.refinery.forecast.throughput.TeamDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Reads the team's product from the backlog read model's tables in the same database. */
@Repository
class JdbcTeamDirectory implements TeamDirectory {

	private final JdbcClient jdbc;

	JdbcTeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> productOf(String teamKey) {
		return jdbc.sql("select p.key from known_team t join known_product p on p.id = t.product_id "
				+ "where t.key = :team order by t.version desc limit 1")
			.param("team", teamKey)
			.query(String.class)
			.optional();
	}

}
