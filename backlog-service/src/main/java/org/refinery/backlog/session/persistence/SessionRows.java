package org.refinery.backlog.session.persistence;

import org.refinery.backlog.session.Ending;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Mapping between session rows, with their participants and outcomes, and sessions. */
final class SessionRows {

	static final String SELECT = "select s.*, p.key as product_key from refinement_session s "
			+ "join product p on p.id = s.product_id";

	private final JdbcClient jdbc;

	SessionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Session session(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		return new Session(id, row.getObject("product_id", UUID.class), row.getString("product_key"),
				row.getString("title"), row.getString("facilitator"), row.getTimestamp("starts_at").toInstant(),
				SessionStatus.valueOf(row.getString("status")), representatives(id), uuids(row.getArray("agenda")),
				outcomes(id), ending(row), row.getLong("version"));
	}

	private static Ending ending(ResultSet row) throws SQLException {
		int heard = row.getInt("teams_heard");
		return row.wasNull() ? null
				: new Ending(heard, row.getBoolean("cross_team"), row.getString("cancel_reason"));
	}

	private Map<String, Set<String>> representatives(UUID sessionId) {
		Map<String, Set<String>> teams = new HashMap<>();
		jdbc.sql("select team_key, representative from session_participant where session_id = :id")
			.param("id", sessionId)
			.query((row, n) -> {
				Set<String> people = teams.computeIfAbsent(row.getString(1), team -> new HashSet<>());
				return row.getString(2) == null ? people : people.add(row.getString(2));
			})
			.list();
		return teams;
	}

	private List<Outcome> outcomes(UUID sessionId) {
		return jdbc.sql("select * from session_outcome where session_id = :id order by recorded_at, id")
			.param("id", sessionId)
			.query((row, n) -> new Outcome(row.getObject("id", UUID.class), row.getObject("item_id", UUID.class),
					OutcomeKind.valueOf(row.getString("kind")), row.getString("note"), row.getBigDecimal("estimate"),
					uuids(row.getArray("children")), row.getString("recorded_by"),
					row.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

}
