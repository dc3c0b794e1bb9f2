package org.refinery.dependency.session.persistence;

import org.refinery.dependency.session.RefinementSession;
import org.refinery.dependency.session.RefinementSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcRefinementSessions implements RefinementSessions {

	private final JdbcClient jdbc;

	JdbcRefinementSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<RefinementSession> byId(UUID id) {
		return jdbc.sql("select id, product_id, title, status, version from refinement_session where id = :id")
			.param("id", id)
			.query(JdbcRefinementSessions::session)
			.optional();
	}

	/** The version guard sits in the statement too, so a concurrent older write cannot win. */
	@Override
	public boolean save(RefinementSession session) {
		return jdbc.sql("insert into refinement_session (id, product_id, title, status, version, updated_at) values "
				+ "(:id, :productId, :title, :status, :version, now()) on conflict (id) do update set "
				+ "product_id = excluded.product_id, title = excluded.title, status = excluded.status, "
				+ "version = excluded.version, updated_at = now() where refinement_session.version < excluded.version")
			.param("id", session.id())
			.param("productId", session.productId())
			.param("title", session.title())
			.param("status", session.status().name())
			.param("version", session.version())
			.update() == 1;
	}

	private static RefinementSession session(ResultSet row, int number) throws SQLException {
		return new RefinementSession(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
				row.getString("title"), RefinementSession.SessionStatus.valueOf(row.getString("status")),
				row.getLong("version"));
	}

}
