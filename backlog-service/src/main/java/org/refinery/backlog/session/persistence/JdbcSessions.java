package org.refinery.backlog.session.persistence;

import org.refinery.backlog.product.Actor;
import org.refinery.backlog.session.Outcome;
import org.refinery.backlog.session.Session;
import org.refinery.backlog.session.SessionHistoryEntry;
import org.refinery.backlog.session.SessionRuleViolation;
import org.refinery.backlog.session.Sessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class JdbcSessions implements Sessions {

	private final JdbcClient jdbc;

	private final SessionRows rows;

	private final SessionHistoryWriter history;

	JdbcSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.rows = new SessionRows(jdbc);
		this.history = new SessionHistoryWriter(jdbc);
	}

	@Override
	public void add(Session session, Actor actor) {
		jdbc.sql("insert into refinement_session (id, product_id, title, facilitator, starts_at, status, agenda, version) "
				+ "values (:id, :product, :title, :facilitator, :starts, :status, :agenda, :version)")
			.param("id", session.id()).param("product", session.productId()).param("title", session.title())
			.param("facilitator", session.facilitator()).param("starts", Timestamp.from(session.startsAt()))
			.param("status", session.status().name()).param("agenda", session.agenda().toArray(UUID[]::new))
			.param("version", session.version())
			.update();
		addParticipants(session);
		history.scheduled(session, actor);
	}

	@Override
	public Optional<Session> byId(UUID id) {
		return jdbc.sql(SessionRows.SELECT + " where s.id = :id").param("id", id).query(rows::session).optional();
	}

	@Override
	public List<Session> ofProduct(UUID productId, long offset, int limit) {
		return jdbc.sql(SessionRows.SELECT + " where s.product_id = :product order by s.starts_at desc, s.id "
				+ "offset :offset limit :limit")
			.param("product", productId).param("offset", offset).param("limit", limit)
			.query(rows::session)
			.list();
	}

	@Override
	public long countOfProduct(UUID productId) {
		return jdbc.sql("select count(*) from refinement_session where product_id = :product")
			.param("product", productId).query(Long.class).single();
	}

	@Override
	public void update(Session before, Session after, Outcome outcome, Actor actor) {
		var ending = after.ending();
		int updated = jdbc.sql("update refinement_session set title = :title, facilitator = :facilitator, "
				+ "starts_at = :starts, status = :status, agenda = :agenda, version = :version, "
				+ "teams_heard = :heard, cross_team = :crossTeam, cancel_reason = :reason, "
				+ "closed_at = case when :over then coalesce(closed_at, now()) end "
				+ "where id = :id and version = :expected")
			.param("title", after.title()).param("facilitator", after.facilitator())
			.param("starts", Timestamp.from(after.startsAt())).param("status", after.status().name())
			.param("agenda", after.agenda().toArray(UUID[]::new)).param("version", after.version())
			.param("heard", ending == null ? null : ending.teamsHeard())
			.param("crossTeam", ending == null ? null : ending.crossTeam())
			.param("reason", ending == null ? null : ending.cancelReason()).param("over", after.status().isOver())
			.param("id", after.id()).param("expected", before.version())
			.update();
		if (updated == 0) {
			throw new SessionRuleViolation("The session changed meanwhile; reload it and try again", true);
		}
		if (!after.representatives().equals(before.representatives())) {
			jdbc.sql("delete from session_participant where session_id = :id").param("id", after.id()).update();
			addParticipants(after);
		}
		if (outcome != null) {
			addOutcome(after, outcome);
		}
		history.changed(before, after, outcome, actor);
	}

	@Override
	public List<SessionHistoryEntry> history(UUID id, int offset, int limit) {
		return history.of(id, offset, limit);
	}

	@Override
	public long historyCount(UUID id) {
		return history.countOf(id);
	}

	private void addParticipants(Session session) {
		session.representatives().forEach((team, people) -> people.forEach(person -> jdbc
			.sql("insert into session_participant (session_id, team_key, representative) values (:id, :team, :person)")
			.param("id", session.id()).param("team", team).param("person", person)
			.update()));
	}

	private void addOutcome(Session session, Outcome outcome) {
		jdbc.sql("insert into session_outcome (id, session_id, item_id, kind, note, estimate, children, recorded_by, "
				+ "recorded_at) values (:id, :session, :item, :kind, :note, :estimate, :children, :by, :at)")
			.param("id", outcome.id()).param("session", session.id()).param("item", outcome.itemId())
			.param("kind", outcome.kind().name()).param("note", outcome.note()).param("estimate", outcome.estimate())
			.param("children", outcome.children().toArray(UUID[]::new)).param("by", outcome.recordedBy())
			.param("at", Timestamp.from(outcome.recordedAt()))
			.update();
	}

}
