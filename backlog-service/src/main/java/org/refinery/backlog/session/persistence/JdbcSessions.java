package org.refinery.backlog.session.persistence;

import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.OutcomeKind;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.SessionStatus;
import org.refinery.backlog.session.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
class JdbcSessions implements Sessions {

	private static final String SELECT = "select s.*, p.key as product_key from refinement_session s "
			+ "join product p on p.id = s.product_id";

	private final JdbcClient jdbc;

	JdbcSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void add(Session session) {
		jdbc.sql("insert into refinement_session (id, product_id, title, facilitator, starts_at, status, agenda, version) "
				+ "values (:id, :product, :title, :facilitator, :starts, :status, :agenda, :version)")
			.param("id", session.id()).param("product", session.productId()).param("title", session.title())
			.param("facilitator", session.facilitator()).param("starts", Timestamp.from(session.startsAt()))
			.param("status", session.status().name()).param("agenda", session.agenda().toArray(UUID[]::new))
			.param("version", session.version())
			.update();
		session.representatives().forEach((team, people) -> people.forEach(person -> jdbc
			.sql("insert into session_participant (session_id, team_key, representative) values (:id, :team, :person)")
			.param("id", session.id()).param("team", team).param("person", person)
			.update()));
	}

	@Override
	public Optional<Session> byId(UUID id) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(this::session).optional();
	}

	@Override
	public List<Session> ofProduct(UUID productId, int offset, int limit) {
		return jdbc.sql(SELECT + " where s.product_id = :product order by s.starts_at desc offset :offset limit :limit")
			.param("product", productId).param("offset", offset).param("limit", limit)
			.query(this::session)
			.list();
	}

	@Override
	public void recordOutcome(Session after, Outcome outcome, long expectedVersion) {
		advance(after, expectedVersion);
		jdbc.sql("insert into session_outcome (id, session_id, item_id, kind, note, recorded_by, recorded_at) "
				+ "values (:id, :session, :item, :kind, :note, :by, :at)")
			.param("id", outcome.id()).param("session", after.id()).param("item", outcome.itemId())
			.param("kind", outcome.kind().name()).param("note", outcome.note()).param("by", outcome.recordedBy())
			.param("at", Timestamp.from(outcome.recordedAt()))
			.update();
	}

	@Override
	public void close(Session after, long expectedVersion) {
		advance(after, expectedVersion);
		jdbc.sql("update refinement_session set closed_at = now() where id = :id").param("id", after.id()).update();
	}

	private void advance(Session after, long expectedVersion) {
		int updated = jdbc.sql("update refinement_session set status = :status, version = :version "
				+ "where id = :id and version = :expected")
			.param("status", after.status().name()).param("version", after.version()).param("id", after.id())
			.param("expected", expectedVersion)
			.update();
		if (updated == 0) {
			throw new SessionRuleViolation("The session changed meanwhile; reload it and try again", true);
		}
	}

	private Session session(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		UUID id = row.getObject("id", UUID.class);
		return new Session(id, row.getObject("product_id", UUID.class), row.getString("product_key"),
				row.getString("title"), row.getString("facilitator"), row.getTimestamp("starts_at").toInstant(),
				SessionStatus.valueOf(row.getString("status")), representatives(id),
				Arrays.asList((UUID[]) row.getArray("agenda").getArray()), outcomes(id), row.getLong("version"));
	}

	private Map<String, Set<String>> representatives(UUID sessionId) {
		Map<String, Set<String>> teams = new HashMap<>();
		jdbc.sql("select team_key, representative from session_participant where session_id = :id")
			.param("id", sessionId)
			.query((row, n) -> teams.computeIfAbsent(row.getString(1), team -> new HashSet<>()).add(row.getString(2)))
			.list();
		return teams;
	}

	private List<Outcome> outcomes(UUID sessionId) {
		return jdbc.sql("select * from session_outcome where session_id = :id order by recorded_at, id")
			.param("id", sessionId)
			.query((row, n) -> new Outcome(row.getObject("id", UUID.class), row.getObject("item_id", UUID.class),
					OutcomeKind.valueOf(row.getString("kind")), row.getString("note"), row.getString("recorded_by"),
					row.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
